import type { Endpoint, PayloadRequest } from 'payload'
import { isStaff } from '@/access'
import { noticeSettings } from '@/changes/noticeSettings'
import type { Change, Subprocessor } from '@/payload-types'
import { affectedAccounts, changeAudience } from '@/notices/accounts'
import { noticeMessage } from '@/notices/message'
import { changeKinds } from '@/schema/changeNotice'
import { DAY_MS } from '@/utilities/dates'
import { changeTitle, checkAnnouncement } from '../hooks/announce'

/** Stands in for each subscriber's own signed code in the links of the previewed email. */
export const PERSONAL_CODE = 'PERSONAL-CODE'

const kinds: string[] = changeKinds.map((kind) => kind.value)
const ID = /^[A-Za-z0-9_-]{1,64}$/

class BadInput extends Error {}

const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

type Input = Record<string, unknown>

async function readInput(req: PayloadRequest): Promise<Input> {
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    throw new BadInput('Send the change notice as a JSON object, for example {"kind": "addition"}.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new BadInput('Send the change notice as a JSON object, for example {"kind": "addition"}.')
  }
  return body as Input
}

const optionalId = (value: unknown, message: string): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || !ID.test(value)) throw new BadInput(message)
  return value
}

/** The change as the form holds it: the saved notice (if any) overlaid with the unsaved fields. */
async function changeFrom(req: PayloadRequest, input: Input): Promise<Input> {
  const id = optionalId(input.id, '"id" must be the id of a change notice.')
  if (!id) return input
  const saved = await req.payload.db.findOne<Change>({
    collection: 'changes',
    where: { id: { equals: id } },
    req,
  })
  if (!saved) throw new BadInput('There is no change notice with this id. Save the notice first.')
  if (saved.status !== 'draft') {
    throw new BadInput(
      'This change notice has already been announced; there is nothing to preview.',
    )
  }
  const unsaved = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
  return { ...saved, ...unsaved }
}

/**
 * POST /api/changes/announce-preview, for staff: what announcing this change notice would do,
 * without doing it. How many subscribers get the email, the email as it will be sent (the
 * sending task renders it with the same function; only each person's signed links differ), and
 * the effective date against the notice period, with anything that would stop the announcement.
 */
export const announcePreview: Endpoint = {
  path: '/announce-preview',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, { message: 'Sign in to the admin as an editor or admin.' })
    if (!isStaff(req.user)) {
      return answer(403, { message: 'Only editors and admins can announce changes.' })
    }
    try {
      return answer(200, await preview(req, await changeFrom(req, await readInput(req))))
    } catch (error) {
      if (error instanceof BadInput) return answer(400, { message: error.message })
      throw error
    }
  },
}

async function preview(req: PayloadRequest, change: Input) {
  const { payload } = req
  if (typeof change.kind !== 'string' || !kinds.includes(change.kind)) {
    throw new BadInput(`Choose what is changing ("kind": one of ${kinds.join(', ')}).`)
  }
  const kind = change.kind as Change['kind']
  // the saved notice holds an id; a populated relationship arrives as { id }
  const related = change.subprocessor as { id?: unknown } | null | undefined
  const subprocessorId = optionalId(
    typeof related === 'object' && related && 'id' in related ? related.id : related,
    '"subprocessor" must be the id of a subprocessor.',
  )
  if (!subprocessorId) throw new BadInput('Choose the subprocessor this change is about.')
  optionalId(change.replaces, '"replaces" must be the id of a subprocessor.')
  const effective = new Date(typeof change.effectiveDate === 'string' ? change.effectiveDate : NaN)
  if (Number.isNaN(effective.getTime())) {
    throw new BadInput('Choose the date this change takes effect ("effectiveDate", an ISO date).')
  }
  if (typeof change.reason !== 'string' || change.reason.trim() === '') {
    throw new BadInput('Write why this change is made ("reason"): customers read it in the email.')
  }
  if (change.urgentReason != null && typeof change.urgentReason !== 'string') {
    throw new BadInput('"urgentReason" must be text.')
  }

  const subprocessor = await payload.db.findOne<Subprocessor>({
    collection: 'subprocessors',
    where: { id: { equals: subprocessorId } },
    req,
  })
  if (!subprocessor) throw new BadInput('There is no subprocessor with this id.')

  const settings = await noticeSettings(payload, req)
  const [{ errors, announcement }, { totalDocs: subscribers }] = await Promise.all([
    checkAnnouncement(payload, change, subprocessor, req),
    payload.count({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } },
      overrideAccess: true,
      req,
    }),
  ])
  // the customers' notice contacts it concerns (src/notices/accounts.ts), as the sender works it out
  const accounts = announcement
    ? await affectedAccounts(payload, await changeAudience(payload, announcement, req), req)
    : []
  const now = Date.now()
  const earliest = new Date(now + settings.noticePeriodDays * DAY_MS)
  const urgentReason = typeof change.urgentReason === 'string' ? change.urgentReason : null
  const email = announcement
    ? noticeMessage(
        {
          title: changeTitle(subprocessor, kind),
          kind,
          slug: announcement.slug,
          effectiveDate: effective.toISOString(),
          reason: change.reason,
          urgentReason,
          fieldChanges: announcement.fieldChanges,
        },
        settings,
        String(subprocessor.name),
        { objectToken: PERSONAL_CODE, unsubscribeToken: PERSONAL_CODE },
      )
    : null

  return {
    canAnnounce: errors.length === 0,
    problems: errors.map(({ path, message }) => ({ field: path, message })),
    subscribers,
    customerAccounts: accounts.length,
    noticeContacts: new Set(accounts.flatMap((account) => account.contactEmails ?? [])).size,
    email: email && { subject: email.subject, text: email.text },
    personalCode: PERSONAL_CODE,
    effectiveDate: effective.toISOString(),
    noticePeriodDays: settings.noticePeriodDays,
    earliestDate: earliest.toISOString(),
    daysOfNotice: Math.floor((effective.getTime() - now) / DAY_MS),
    meetsNoticePeriod: effective >= earliest,
    urgentReason: urgentReason?.trim() || null,
  }
}
