import { absoluteUrl } from '@/site/url'

/** The kinds of error the public API answers with; each has a section on /developers. */
export const PROBLEM_TYPES = {
  'invalid-parameter': { status: 400, title: 'Invalid query parameter' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'server-error': { status: 500, title: 'Internal server error' },
} as const

type ProblemType = keyof typeof PROBLEM_TYPES

export type InvalidParam = { name: string; reason: string }

/** RFC 9457 problem details. `invalidParams` names each query parameter that was refused. */
export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  invalidParams?: InvalidParam[]
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
