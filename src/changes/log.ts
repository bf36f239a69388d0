import type { Payload } from 'payload'
import type { Change } from '@/payload-types'
import type { FieldChange } from './fields'

export type PublicChange = {
  id: string
  slug: string
  title: string
  kind: string
  status: 'announced' | 'effective'
  subprocessor: { name: string; slug: string | null }
  replaces: { name: string; slug: string | null } | null
  reason: string
  urgentReason: string | null
  announcedAt: string
  effectiveDate: string
  noticePeriodDays: number | null
  fieldChanges: FieldChange[]
}

const ref = (value: Change['subprocessor'] | Change['replaces']) =>
  value && typeof value === 'object' ? { name: value.name, slug: value.slug ?? null } : null

export function toPublicChange(doc: Change): PublicChange {
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    title: String(doc.title),
    kind: doc.kind,
    status: doc.status as PublicChange['status'],
    subprocessor: ref(doc.subprocessor) ?? { name: String(doc.title).split(':')[0], slug: null },
    replaces: ref(doc.replaces),
    reason: doc.reason,
    urgentReason: doc.urgentReason || null,
    announcedAt: String(doc.announcedAt),
    effectiveDate: doc.effectiveDate,
    noticePeriodDays: doc.noticePeriodDays ?? null,
    fieldChanges: (doc.fieldChanges ?? []) as FieldChange[],
  }
}

/**
 * The public change log, newest announcement first. Read as an anonymous visitor (only announced
 * and effective changes). The subprocessor of an addition is still a draft, so its name comes from
 * the announcement itself; a draft is never read.
 */
export async function listPublicChanges(payload: Payload, limit = 200): Promise<PublicChange[]> {
  const { docs } = await payload.find({
    collection: 'changes',
    overrideAccess: false,
    where: { status: { in: ['announced', 'effective'] } },
    sort: '-announcedAt',
    limit,
    depth: 1,
    select: { deliveries: false, objections: false, versionRefs: false },
  })
  return docs.map(toPublicChange)
}

export async function findPublicChange(payload: Payload, slug: string): Promise<PublicChange | null> {
  const { docs } = await payload.find({
    collection: 'changes',
    overrideAccess: false,
    where: { and: [{ slug: { equals: slug } }, { status: { in: ['announced', 'effective'] } }] },
    limit: 1,
    depth: 1,
    select: { deliveries: false, objections: false, versionRefs: false },
  })
  return docs[0] ? toPublicChange(docs[0]) : null
}
