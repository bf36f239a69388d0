import type { Payload } from 'payload'
import { diffSnapshots, snapshotOf } from '@/changes/fields'
import { hasRole } from '@/access'
import type { User } from '@/payload-types'
import { idOf } from '@/db/documents'
import { DAY_MS } from '@/utilities/dates'
import { ledgerCollection } from '@/evidence/ledger'
import { verifyLedgerCached } from '@/evidence/verify'
import { transferGap, transferProblem } from '@/schema/eea'
import { fieldNamed } from '@/schema/subprocessor'
import { transferMechanismsOf } from '@/schema/transfers'
import { ENGLISH, type AdminLanguage } from '@/i18n/adminWords'
import { phraseIn } from '@/i18n/subprocessorWords'

const RECENT_DAYS = 30
const LIMIT = 20

type Link = { href: string; label: string }

/**
 * Everything the dashboard lists, read with the Local API as the signed-in user; its own words in
 * the user's admin language.
 */
export async function readDashboard(
  payload: Payload,
  user: User,
  adminRoute: string,
  lang: AdminLanguage = ENGLISH,
) {
  const { t } = lang
  const as = { user, overrideAccess: false, depth: 0 } as const
  const admin = (path: string) => `${adminRoute}${path}`
  const isAdmin = hasRole(user, 'admin')

  const [stuck, upcoming, waiting, failed, objections, evidence, approvals, webhooks, transfers] =
    await Promise.all([
      payload.find({
        collection: 'changes',
        where: { status: { equals: 'failed' } },
        sort: 'effectiveDate',
        limit: LIMIT,
        select: { title: true, effectiveDate: true, failureReason: true },
        ...as,
      }),
      payload.find({
        collection: 'changes',
        where: { status: { equals: 'announced' } },
        sort: 'effectiveDate',
        limit: LIMIT,
        select: { title: true, effectiveDate: true },
        ...as,
      }),
      draftsWaitingForNotice(payload, user, admin, lang),
      isAdmin
        ? payload.find({
            collection: 'notice-deliveries',
            where: { status: { equals: 'failed' } },
            sort: '-sentAt',
            limit: 100,
            ...as,
            depth: 1,
          })
        : null,
      isAdmin
        ? payload.find({
            collection: 'objections',
            where: { createdAt: { greater_than: new Date(Date.now() - RECENT_DAYS * DAY_MS) } },
            sort: '-createdAt',
            limit: LIMIT,
            ...as,
            depth: 1,
          })
        : null,
      isAdmin ? verifyLedgerCached(ledgerCollection(payload)) : null,
      payload.find({
        collection: 'access-requests',
        where: { status: { equals: 'awaiting-approval' } },
        sort: 'createdAt',
        limit: LIMIT,
        select: { email: true, company: true, createdAt: true },
        ...as,
        depth: 0,
      }),
      isAdmin ? webhookTrouble(payload, user, admin) : null,
      transfersToComplete(payload, user, admin, lang),
    ])

  // a failed attempt retried successfully is no longer a failure
  const sentPairs = new Set<string>()
  if (failed?.docs.length) {
    const retried = await payload.find({
      collection: 'notice-deliveries',
      where: {
        and: [
          { status: { equals: 'sent' } },
          { email: { in: [...new Set(failed.docs.map((d) => d.email))] } },
        ],
      },
      limit: 100,
      select: { change: true, email: true },
      ...as,
    })
    for (const d of retried.docs) sentPairs.add(`${idText(d.change)}:${d.email}`)
  }
  const stillFailed = (failed?.docs ?? []).filter(
    (d) => !sentPairs.has(`${idText(d.change)}:${d.email}`),
  )

  return {
    stuck: stuck.docs.map((c) => ({
      link: {
        href: admin(`/collections/changes/${c.id}`),
        label: c.title ?? t('trust:dashboard:changeNotice'),
      },
      effectiveDate: c.effectiveDate,
      reason: c.failureReason ?? '',
    })),
    upcoming: upcoming.docs.map((c) => ({
      link: {
        href: admin(`/collections/changes/${c.id}`),
        label: c.title ?? t('trust:dashboard:changeNotice'),
      },
      effectiveDate: c.effectiveDate,
    })),
    waiting,
    transfers,
    approvals: approvals.docs.map((r) => ({
      link: {
        href: admin(`/collections/access-requests/${r.id}`),
        label: `${r.email} (${r.company})`,
      },
      at: r.createdAt,
    })),
    failed: isAdmin
      ? stillFailed.slice(0, LIMIT).map((d) => ({
          link: { href: admin(`/collections/notice-deliveries/${d.id}`), label: d.email },
          change: titleOf(d.change, lang),
          error: d.error ?? null,
          at: d.sentAt ?? d.createdAt,
        }))
      : null,
    evidence: evidence && {
      ...evidence,
      link: {
        href: admin('/collections/evidence-ledger'),
        label: t('trust:dashboard:openLedger'),
      },
    },
    webhooks,
    objections: objections
      ? objections.docs.map((o) => ({
          link: { href: admin(`/collections/objections/${o.id}`), label: o.email },
          // the customers it counts for (depth 1: the accounts are read with it)
          customers: (o.accounts ?? []).flatMap((a) =>
            typeof a === 'object' && a ? [a.organisation] : [],
          ),
          change: titleOf(o.change, lang),
          comment: o.comment ?? null,
          at: o.createdAt,
        }))
      : null,
  }
}

/**
 * Webhooks that need an admin: endpoints the trust center switched off after repeated failures,
 * and deliveries that failed for good in the last RECENT_DAYS (each can be sent again).
 */
async function webhookTrouble(payload: Payload, user: User, admin: (path: string) => string) {
  const as = { user, overrideAccess: false, depth: 0 } as const
  const [off, failed] = await Promise.all([
    payload.find({
      collection: 'webhook-endpoints',
      where: { and: [{ enabled: { equals: false } }, { disabledReason: { exists: true } }] },
      limit: LIMIT,
      select: { url: true, disabledReason: true },
      ...as,
    }),
    payload.find({
      collection: 'webhook-deliveries',
      where: {
        and: [
          { status: { equals: 'failed' } },
          { lastAttemptAt: { greater_than: new Date(Date.now() - RECENT_DAYS * DAY_MS) } },
        ],
      },
      sort: '-lastAttemptAt',
      limit: LIMIT,
      select: { summary: true, url: true, lastError: true, lastAttemptAt: true },
      ...as,
    }),
  ])
  return {
    switchedOff: off.docs
      .filter((e) => e.disabledReason)
      .map((e) => ({
        link: { href: admin(`/collections/webhook-endpoints/${e.id}`), label: e.url },
        reason: String(e.disabledReason),
      })),
    failed: failed.docs.map((d) => ({
      link: { href: admin(`/collections/webhook-deliveries/${d.id}`), label: d.summary ?? '' },
      url: d.url ?? '',
      error: d.lastError ?? null,
      at: d.lastAttemptAt ?? '',
    })),
  }
}

const titleOf = (value: unknown, { t }: AdminLanguage) =>
  typeof value === 'object' && value && 'title' in value && value.title
    ? String(value.title)
    : t('trust:dashboard:aChangeNotice')

export type WaitingDraft = { link: Link; announce: Link; state: string; notice: Link | null }

/**
 * Subprocessors whose newest saved version is a draft that is new (never published) or differs
 * from what is published, and that no announced change covers yet. A removed subprocessor (once
 * published, now unpublished) is not waiting for anything.
 */
async function draftsWaitingForNotice(
  payload: Payload,
  user: User,
  admin: (path: string) => string,
  { t, locale }: AdminLanguage,
): Promise<WaitingDraft[]> {
  const as = { user, overrideAccess: false, depth: 0 } as const
  const drafts = await payload.findVersions({
    collection: 'subprocessors',
    where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
    sort: '-updatedAt',
    limit: 100,
    ...as,
  })
  const ids = [...new Set(drafts.docs.map((v) => idText(v.parent)))]
  if (ids.length === 0) return []
  const [current, everPublished, changes] = await Promise.all([
    payload.find({ collection: 'subprocessors', where: { id: { in: ids } }, limit: 100, ...as }),
    payload.findVersions({
      collection: 'subprocessors',
      where: { and: [{ parent: { in: ids } }, { 'version._status': { equals: 'published' } }] },
      limit: 1000,
      select: { parent: true },
      ...as,
    }),
    payload.find({
      collection: 'changes',
      where: { and: [{ subprocessor: { in: ids } }, { status: { in: ['draft', 'announced'] } }] },
      limit: 100,
      select: { subprocessor: true, status: true },
      ...as,
    }),
  ])
  const published = new Set(everPublished.docs.map((v) => idText(v.parent)))
  const announced = new Set(
    changes.docs.filter((c) => c.status === 'announced').map((c) => idText(c.subprocessor)),
  )
  const draftNotice = new Map(
    changes.docs.filter((c) => c.status === 'draft').map((c) => [idText(c.subprocessor), c.id]),
  )
  const main = new Map(current.docs.map((doc) => [String(doc.id), doc]))

  const waiting: WaitingDraft[] = []
  for (const draft of drafts.docs) {
    const id = idText(draft.parent)
    const doc = main.get(id)
    if (!doc || announced.has(id)) continue
    const isNew = doc._status !== 'published' && !published.has(id)
    if (!isNew && doc._status !== 'published') continue // removed
    const name = String(draft.version.name ?? doc.name)
    let state = t('trust:dashboard:newDraft')
    if (!isNew) {
      const diff = diffSnapshots({ id, name }, snapshotOf(doc), snapshotOf(draft.version))
      if (diff.length === 0) continue
      const phrase = (change: (typeof diff)[number]) => {
        const field = fieldNamed(change.field)
        return field ? phraseIn(field, locale) : change.label.toLowerCase()
      }
      state = t('trust:dashboard:draftChanges', { fields: diff.map(phrase).join(', ') })
    }
    const kind = isNew ? 'addition' : 'material-edit'
    const notice = draftNotice.get(id)
    waiting.push({
      link: { href: admin(`/collections/subprocessors/${id}`), label: name },
      announce: {
        href: admin(`/collections/changes/create?kind=${kind}&subprocessor=${id}`),
        label: t('trust:announce:button'),
      },
      state,
      notice: notice
        ? {
            href: admin(`/collections/changes/${notice}`),
            label: t('trust:dashboard:noticePrepared'),
          }
        : null,
    })
  }
  return waiting.slice(0, LIMIT)
}

export type TransferToComplete = { link: Link; problem: string }

/**
 * Published subprocessors whose locations need a transfer mechanism they do not have (the rule
 * of src/schema/eea.ts), or whose clauses lack their module. Entries published before the rule
 * stay valid and on the list; this is where someone sees them until their mechanisms are added
 * (a material change: with a notice).
 */
async function transfersToComplete(
  payload: Payload,
  user: User,
  admin: (path: string) => string,
  { t }: AdminLanguage,
): Promise<TransferToComplete[]> {
  const { docs } = await payload.find({
    collection: 'subprocessors',
    where: { _status: { equals: 'published' } },
    select: { name: true, locations: true, transferMechanisms: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs.flatMap((doc) => {
    const mechanisms = transferMechanismsOf(doc.transferMechanisms)
    const gap = transferGap(mechanisms, t)
    const problem =
      transferProblem(doc.locations ?? [], mechanisms, t) ??
      (gap && t('trust:dashboard:transferGap', { gap }))
    return problem
      ? [
          {
            link: { href: admin(`/collections/subprocessors/${doc.id}`), label: doc.name },
            problem,
          },
        ]
      : []
  })
}

/** A relationship's id as text; the values read here always have one. */
const idText = (value: unknown) => idOf(value) ?? ''
