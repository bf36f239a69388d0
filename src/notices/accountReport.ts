// "Which customers have been notified of change X, and which objected?": for each customer account
// the change concerns (or that was notified of it, or objected to it), who was emailed, when and
// with what outcome, and any objection. Shown on the change in the admin and exported as CSV.
import type { Payload } from 'payload'
import { idOf } from '@/db/documents'
import type { CustomerAccount, NoticeDelivery, Objection } from '@/payload-types'
import { toCsv } from '@/public-api/csv'
import { formatDate, formatDateTime } from '@/utilities/dates'
import { affectedAccounts, changeAudience, contactEmail, type Audience } from './accounts'

const quiet = { overrideAccess: true, depth: 0 } as const

export type AccountNotice = {
  email: string
  name: string | null
  role: string | null
  /** the last attempt's outcome, when and how many attempts */
  outcome: 'sent' | 'failed'
  at: string | null
  attempts: number
  messageId: string | null
}

export type AccountRow = {
  account: Pick<CustomerAccount, 'id' | 'organisation' | 'status' | 'dpaSignedAt'>
  /** the change concerns it today (its scopes, or every customer) */
  affected: boolean
  /** objected: an objection counts for it; notified: a notice reached a contact; else silent or not notified */
  state: 'objected' | 'notified' | 'not-notified'
  notices: AccountNotice[]
  objections: Array<{ at: string; email: string; by: string | null; reason: string | null }>
}

export type AccountReport = { audience: Audience; scopeNames: string[]; rows: AccountRow[] }

export const STATE_WORDS: Record<AccountRow['state'], string> = {
  objected: 'Objected',
  notified: 'Notified, no objection (silent)',
  'not-notified': 'Not notified',
}

export async function accountReport(
  payload: Payload,
  changeId: string,
): Promise<AccountReport | null> {
  const change = await payload.findByID({
    collection: 'changes',
    id: changeId,
    ...quiet,
    disableErrors: true,
    select: { versionRefs: true, status: true },
  })
  if (!change) return null
  const audience = await changeAudience(payload, change)
  const [affected, { docs: allAccounts }, objections] = await Promise.all([
    affectedAccounts(payload, audience),
    payload.find({
      collection: 'customer-accounts',
      sort: 'organisation',
      pagination: false,
      ...quiet,
    }),
    payload.find({
      collection: 'objections',
      where: { change: { equals: changeId } },
      sort: 'createdAt',
      pagination: false,
      ...quiet,
    }),
  ])
  // only the deliveries sent for an account (not every public subscriber's)
  const deliveries = await payload.find({
    collection: 'notice-deliveries',
    where: {
      and: [
        { change: { equals: changeId } },
        { accounts: { in: allAccounts.map((account) => account.id) } },
      ],
    },
    sort: 'attempt',
    pagination: false,
    ...quiet,
  })
  const scopeNames = audience.allCustomers
    ? []
    : (
        await payload.find({
          collection: 'scopes',
          where: { id: { in: audience.scopes } },
          pagination: false,
          ...quiet,
        })
      ).docs.map((scope) => scope.name)

  const involved = new Set<string>(affected.map((account) => String(account.id)))
  for (const doc of [...deliveries.docs, ...objections.docs] as Array<NoticeDelivery | Objection>)
    for (const account of doc.accounts ?? []) involved.add(idOf(account)!)
  const accounts = allAccounts.filter((account) => involved.has(String(account.id)))
  const affectedIds = new Set(affected.map((account) => String(account.id)))

  const rows = accounts.map((account): AccountRow => {
    const id = String(account.id)
    const contacts = new Map((account.noticeContacts ?? []).map((c) => [contactEmail(c), c]))
    // the last attempt per address (deliveries are sorted by attempt)
    const last = new Map<string, NoticeDelivery>()
    for (const delivery of deliveries.docs)
      if ((delivery.accounts ?? []).some((a) => idOf(a) === id)) last.set(delivery.email, delivery)
    const notices = [...last.values()].map((delivery) => ({
      email: delivery.email,
      name: contacts.get(delivery.email)?.name ?? null,
      role: contacts.get(delivery.email)?.role ?? null,
      outcome: delivery.status,
      at: delivery.sentAt ?? null,
      attempts: delivery.attempt,
      messageId: delivery.messageId ?? null,
    }))
    // in the order staff listed the contacts (a former contact last)
    const position = (email: string) => {
      const index = [...contacts.keys()].indexOf(email)
      return index < 0 ? contacts.size : index
    }
    notices.sort((a, b) => position(a.email) - position(b.email) || a.email.localeCompare(b.email))
    const own = objections.docs
      .filter((objection) => (objection.accounts ?? []).some((a) => idOf(a) === id))
      .map((objection) => ({
        at: objection.createdAt,
        email: objection.email,
        by: objection.accountsBy ?? null,
        reason: objection.comment ?? null,
      }))
    const state = own.length
      ? 'objected'
      : notices.some((notice) => notice.outcome === 'sent')
        ? 'notified'
        : 'not-notified'
    return {
      account: {
        id: account.id,
        organisation: account.organisation,
        status: account.status,
        dpaSignedAt: account.dpaSignedAt,
      },
      affected: affectedIds.has(id),
      state,
      notices,
      objections: own,
    }
  })
  return { audience, scopeNames, rows }
}

const noticeWords = (notice: AccountNotice) =>
  `${notice.name ? `${notice.name} ` : ''}<${notice.email}>${notice.role ? ` (${notice.role})` : ''}: ${
    notice.outcome === 'sent' ? 'accepted by the mail server' : 'failed'
  } ${notice.at ? formatDateTime(notice.at) : ''}${notice.attempts > 1 ? `, attempt ${notice.attempts}` : ''}`

/** The report as CSV, one row per account. */
export function accountReportCsv(report: AccountReport): string {
  return toCsv(
    [
      'Organisation',
      'Account status',
      'DPA signed',
      'Concerned by the change',
      'Response',
      'Notified (to whom, outcome, when)',
      'Objected (when, by whom, reason)',
    ],
    report.rows.map((row) => [
      row.account.organisation,
      row.account.status === 'ended' ? 'Ended' : 'Active',
      row.account.dpaSignedAt ? formatDate(row.account.dpaSignedAt) : '',
      row.affected ? 'Yes' : 'No (no longer)',
      STATE_WORDS[row.state],
      row.notices.map(noticeWords).join('\n'),
      row.objections
        .map(
          (objection) =>
            `${formatDateTime(objection.at)} by ${objection.email}${objection.by === 'domain' ? ' (by email domain)' : ''}${objection.reason ? `: ${objection.reason}` : ''}`,
        )
        .join('\n'),
    ]),
  )
}
