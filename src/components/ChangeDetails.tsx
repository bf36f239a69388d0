import Link from '@/components/LocaleLink'
import type { PublicChange, PublicChangeSubprocessor } from '@/changes/log'
import type { SubprocessorPages } from '@/changes/removed'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { FieldChangesTable } from './FieldChangesTable'
import { FormattedDate } from './FormattedDate'
import { DetailRow } from './DetailRow'
import { recordedLang } from './Recorded'

export const isInEffect = (change: PublicChange): boolean => change.status === 'effective'

type TitledChange = Pick<PublicChange, 'title' | 'kind' | 'subprocessor'>

/**
 * A change's title in the page's language. The recorded one ("Acme: new subprocessor", made by
 * the announcement from the name and the kind) in the source language; in another, the same two
 * parts in its words.
 */
export function changeTitle(change: TitledChange): string {
  if (requestLocale() === DEFAULT_LOCALE) return change.title
  return `${change.subprocessor.name}: ${pageWords().changePage.kindTitle[change.kind]}`
}

function ChangeStatusBadge({ change }: { change: PublicChange }) {
  const words = pageWords().changePage
  return isInEffect(change) ? (
    <span className="badge badge-done">{words.inEffect}</span>
  ) : (
    <span className="badge">{words.upcoming}</span>
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
  if (slug && listed.removed.has(slug))
    return <a href={localePath(requestLocale(), `/subprocessors/${slug}`)}>{name}</a>
  return <>{name}</>
}

/**
 * What one change is, when and why, and every field before and after. The reason and the values
 * are recorded texts, in the source language (`recordedLang`); the page says so once.
 */
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
  const words = pageWords().changePage
  const lang = recordedLang()
  return (
    <>
      <dl className="details">
        <DetailRow term={words.announced}>
          <FormattedDate iso={change.announcedAt} />
        </DetailRow>
        <DetailRow term={isInEffect(change) ? words.tookEffect : words.takesEffect}>
          <FormattedDate iso={change.effectiveDate} />
        </DetailRow>
        <DetailRow term={words.kindTerm}>{words.kind[change.kind]}</DetailRow>
        <DetailRow term={words.subprocessor}>
          <SubprocessorName subprocessor={change.subprocessor} listed={listed} />
        </DetailRow>
        {change.replaces && (
          <DetailRow term={words.replaces}>
            <SubprocessorName subprocessor={change.replaces} listed={listed} />
          </DetailRow>
        )}
        <DetailRow term={words.status}>
          <ChangeStatusBadge change={change} />
        </DetailRow>
        <DetailRow term={words.why}>
          <span className="multiline" lang={lang}>
            {change.reason}
          </span>
        </DetailRow>
        {change.urgentReason && (
          <DetailRow term={words.whyShorter}>
            <span className="multiline" lang={lang}>
              {change.urgentReason}
            </span>
          </DetailRow>
        )}
      </dl>
      <FieldChangesTable changes={change.fieldChanges} headingLevel={headingLevel} />
    </>
  )
}
