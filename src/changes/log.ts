// A change notice as the public sees it: one model for the change log pages, the feeds and the
// public API (src/public-api/serialize.ts gives it the API's JSON shape).
import { idOf } from '@/db/documents'
import type { Payload, Where } from 'payload'
import type { Change } from '@/payload-types'
import {
  publicStatusOf,
  readableChangeStatuses,
  type ChangeKind,
  type PublicChangeStatus,
} from '@/schema/changeNotice'
import type { FieldChange } from './fields'

/** A subprocessor as a change names it: its slug once the change is in effect, and its name. */
export type PublicChangeSubprocessor = { slug: string | null; name: string }

export type PublicChange = {
  id: string
  slug: string
  title: string
  kind: ChangeKind
  status: PublicChangeStatus
  subprocessor: PublicChangeSubprocessor
  replaces: PublicChangeSubprocessor | null
  reason: string
  urgentReason: string | null
  noticePeriodDays: number | null
  announcedAt: string
  effectiveDate: string
  appliedAt: string | null
  /** Each public field before and after, naming its subprocessor by slug too. */
  fieldChanges: Array<FieldChange & { subprocessorSlug: string | null }>
  updatedAt: string
}

/** Slug and name of a subprocessor version, by version id: the versions an announcement names. */
type AnnouncedVersions = Map<string, { slug: string | null; name: string | null }>

const orNull = (value: string | null | undefined): string | null => (value ? value : null)

/**
 * The subprocessor in a change as announced: the slug of the version the change puts live (or,
 * for a removal, takes off the list), and the name the notice used. Never read from the
 * subprocessor itself, which may be an unpublished draft or be edited after the announcement.
 */
function announcedSubprocessor(
  id: string | null,
  versionId: string | null | undefined,
  fieldChanges: FieldChange[],
  versions: AnnouncedVersions,
): PublicChangeSubprocessor | null {
  if (!id) return null
  const version = versionId ? versions.get(versionId) : undefined
  const named = fieldChanges.find((change) => change.subprocessor === id)?.subprocessorName
  const name = named || version?.name
  return name ? { slug: version?.slug ?? null, name } : null
}

function toPublicChange(
  doc: Change & { status: PublicChangeStatus },
  versions: AnnouncedVersions,
): PublicChange {
  const stored = (Array.isArray(doc.fieldChanges) ? doc.fieldChanges : []) as FieldChange[]
  const refs = doc.versionRefs ?? {}
  const title = doc.title || 'Change notice'
  const subprocessorId = idOf(doc.subprocessor)
  const replacesId = idOf(doc.replaces)
  const subprocessor = announcedSubprocessor(
    subprocessorId,
    refs.after ?? refs.before,
    stored,
    versions,
  ) ?? { slug: null, name: title.split(':')[0] }
  const replaces = announcedSubprocessor(replacesId, refs.replaced, stored, versions)
  const slugOf = (id: string) =>
    id === subprocessorId ? subprocessor.slug : id === replacesId ? (replaces?.slug ?? null) : null
  const fieldChanges = stored.map((change) => ({
    subprocessor: change.subprocessor,
    subprocessorName: change.subprocessorName,
    subprocessorSlug: slugOf(change.subprocessor),
    field: change.field,
    label: change.label,
    before: change.before ?? null,
    after: change.after ?? null,
  }))
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    title,
    kind: doc.kind,
    status: doc.status,
    subprocessor,
    replaces,
    reason: doc.reason,
    urgentReason: orNull(doc.urgentReason),
    noticePeriodDays: doc.noticePeriodDays ?? null,
    announcedAt: String(doc.announcedAt),
    effectiveDate: doc.effectiveDate,
    appliedAt: orNull(doc.appliedAt),
    fieldChanges,
    updatedAt: doc.updatedAt,
  }
}

/**
 * The public changes matching `where`, newest announcement first. Read as an anonymous visitor
 * (only announced and effective changes); the subprocessors are named from the versions the
 * announcements put live, never from a draft.
 */
async function readPublicChanges(payload: Payload, where?: Where): Promise<PublicChange[]> {
  const status: Where = { status: { in: [...readableChangeStatuses] } }
  const { docs } = await payload.find({
    collection: 'changes',
    overrideAccess: false,
    where: where ? { and: [status, where] } : status,
    sort: '-announcedAt',
    pagination: false,
    depth: 0,
    select: { deliveries: false, objections: false },
  })
  const published = docs.flatMap((doc) => {
    const publicStatus = publicStatusOf(doc.status)
    return publicStatus ? [{ ...doc, status: publicStatus }] : []
  })
  return (await publicChangesOf(payload, published)).sort(
    (a, b) => Date.parse(b.announcedAt) - Date.parse(a.announcedAt) || a.slug.localeCompare(b.slug),
  )
}

/**
 * Changes already read, in the public model, with the subprocessors named from the versions their
 * announcements put live. Also how a webhook describes a change (src/webhooks/changeEvents.ts),
 * a cancelled one included, which the caller passes with the status it was announced with.
 */
export async function publicChangesOf(
  payload: Payload,
  published: Array<Change & { status: PublicChangeStatus }>,
): Promise<PublicChange[]> {
  const versionIds = [
    ...new Set(
      published.flatMap(({ versionRefs: refs }) =>
        [refs?.after, refs?.before, refs?.replaced].filter((id): id is string => Boolean(id)),
      ),
    ),
  ]
  const { docs: versionDocs } = versionIds.length
    ? await payload.findVersions({
        collection: 'subprocessors',
        where: { id: { in: versionIds } },
        pagination: false,
        depth: 0,
        select: { version: { slug: true, name: true } },
      })
    : { docs: [] }
  const versions: AnnouncedVersions = new Map(
    versionDocs.map(({ id, version }) => [
      String(id),
      { slug: version.slug ?? null, name: version.name ?? null },
    ]),
  )
  return published.map((doc) => toPublicChange(doc, versions))
}

/** The public change log, newest announcement first. */
export const listPublicChanges = (payload: Payload) => readPublicChanges(payload)

export async function findPublicChange(
  payload: Payload,
  slug: string,
): Promise<PublicChange | null> {
  const [change] = await readPublicChanges(payload, { slug: { equals: slug } })
  return change ?? null
}
