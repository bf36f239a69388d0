import Link from 'next/link'
import type { PublicChange } from '@/changes/log'
import { changeKinds } from '@/schema/changeNotice'
import { FieldChangesTable } from './FieldChangesTable'
import { FormattedDate } from './FormattedDate'
import { DetailRow } from './DetailRow'

// "Addition: we start using a new subprocessor" → "Addition": the editors' own wording, shortened.
const kindLabel = (kind: string): string =>
  changeKinds.find((option) => option.value === kind)?.label.split(':')[0] ?? kind

export const isInEffect = (change: PublicChange): boolean => change.status === 'effective'

export function ChangeStatus({ change }: { change: PublicChange }) {
  return isInEffect(change) ? (
    <span className="badge badge-done">In effect</span>
  ) : (
    <span className="badge">Upcoming</span>
  )
}


function SubprocessorName({ subprocessor }: { subprocessor: PublicChange['subprocessor'] }) {
  // Only a published subprocessor has a page (an addition's stays a draft until its effective date).
  return subprocessor.slug ? (
    <Link href={`/subprocessors/${subprocessor.slug}`}>{subprocessor.name}</Link>
  ) : (
    <>{subprocessor.name}</>
  )
}

/** What one change is, when and why, and every field before and after. */
export function ChangeDetails({ change, headingLevel }: { change: PublicChange; headingLevel: 2 | 3 | 4 }) {
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
          <SubprocessorName subprocessor={change.subprocessor} />
        </DetailRow>
        {change.replaces && (
          <DetailRow term="Replaces">
            <SubprocessorName subprocessor={change.replaces} />
          </DetailRow>
        )}
        <DetailRow term="Status">
          <ChangeStatus change={change} />
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
