import Link from '@/components/LocaleLink'
import type { PublicChange, PublicChangeSubprocessor } from '@/changes/log'
import type { SubprocessorPages } from '@/changes/removed'
import { changeKinds } from '@/schema/changeNotice'
import { FieldChangesTable } from './FieldChangesTable'
import { FormattedDate } from './FormattedDate'
import { DetailRow } from './DetailRow'
import { labelOf } from '@/utilities/options'

// "Addition: we start using a new subprocessor" → "Addition": the editors' own wording, shortened.
const kindLabel = (kind: string): string => labelOf(changeKinds, kind).split(':')[0]

export const isInEffect = (change: PublicChange): boolean => change.status === 'effective'

function ChangeStatusBadge({ change }: { change: PublicChange }) {
  return isInEffect(change) ? (
    <span className="badge badge-done">In effect</span>
  ) : (
    <span className="badge">Upcoming</span>
  )
}

/**
 * A subprocessor links to its page: while it is on the published list, or once a change took it
 * off (that address answers 410 Gone and says when and why; a plain link, as the client-side
 * router would not show a page that answers 410).
 */
function SubprocessorName({
  subprocessor,
  listed,
}: {
  subprocessor: PublicChangeSubprocessor
  listed: SubprocessorPages
}) {
  const { slug, name } = subprocessor
  if (slug && listed.live.has(slug)) return <Link href={`/subprocessors/${slug}`}>{name}</Link>
  if (slug && listed.removed.has(slug)) return <a href={`/subprocessors/${slug}`}>{name}</a>
  return <>{name}</>
}

/** What one change is, when and why, and every field before and after. */
export function ChangeDetails({
  change,
  headingLevel,
  listed,
}: {
  change: PublicChange
  headingLevel: 2 | 3 | 4
  /** The subprocessors that have a page. */
  listed: SubprocessorPages
}) {
  return (
    <>
      <dl className="details">
        <DetailRow term="Announced">
          <FormattedDate iso={change.announcedAt} />
        </DetailRow>
        <DetailRow term={isInEffect(change) ? 'Took effect' : 'Takes effect'}>
          <FormattedDate iso={change.effectiveDate} />
        </DetailRow>
        <DetailRow term="Kind">{kindLabel(change.kind)}</DetailRow>
        <DetailRow term="Subprocessor">
          <SubprocessorName subprocessor={change.subprocessor} listed={listed} />
        </DetailRow>
        {change.replaces && (
          <DetailRow term="Replaces">
            <SubprocessorName subprocessor={change.replaces} listed={listed} />
          </DetailRow>
        )}
        <DetailRow term="Status">
          <ChangeStatusBadge change={change} />
        </DetailRow>
        <DetailRow term="Why">
          <span className="multiline">{change.reason}</span>
        </DetailRow>
        {change.urgentReason && (
          <DetailRow term="Why the notice is shorter">
            <span className="multiline">{change.urgentReason}</span>
          </DetailRow>
        )}
      </dl>
      <FieldChangesTable changes={change.fieldChanges} headingLevel={headingLevel} />
    </>
  )
}
