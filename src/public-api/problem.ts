import { absoluteUrl } from '@/site/url'

/** The kinds of error the public API answers with; each has a section on /developers. */
export const PROBLEM_TYPES = {
  'invalid-parameter': { status: 400, title: 'Invalid query parameter' },
  'not-found': { status: 404, title: 'Not found' },
  gone: { status: 410, title: 'Gone' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'server-error': { status: 500, title: 'Internal server error' },
} as const

type ProblemType = keyof typeof PROBLEM_TYPES

export type InvalidParam = { name: string; reason: string }

/** With 410 Gone: the subprocessor a change in effect took off the list, and that change. */
export type ProblemRemoval = {
  subprocessor: { name: string; slug: string }
  removedOn: string
  reason: string
  change: { slug: string; href: string; portalUrl: string }
}

/** RFC 9457 problem details. `invalidParams` names each query parameter that was refused. */
export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  invalidParams?: InvalidParam[]
  removal?: ProblemRemoval
}

const problemTypeUrl = (type: ProblemType): string => absoluteUrl(`/developers#problem-${type}`)

export function problem(type: ProblemType, detail: string, extra: Partial<Problem> = {}): Problem {
  const { status, title } = PROBLEM_TYPES[type]
  return { type: problemTypeUrl(type), title, status, detail, ...extra }
}

export const invalidParameters = (invalidParams: InvalidParam[]): Problem =>
  problem(
    'invalid-parameter',
    invalidParams.map((param) => `${param.name}: ${param.reason}`).join(' '),
    { invalidParams },
  )
