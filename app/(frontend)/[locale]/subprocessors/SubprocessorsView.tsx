import { pageWords } from '@/i18n/portalWords'
import type { Metadata } from 'next'
import Link from '@/components/LocaleLink'
import { FormattedDate } from '@/components/FormattedDate'
import { HistoricalSubprocessorList } from '@/components/HistoricalSubprocessorList'
import { RecordedNote } from '@/components/Recorded'
import { ListViewToggle } from '@/components/ListViewToggle'
import { SectionLayout } from '@/components/SectionLayout'
import { StatusMessage } from '@/components/StatusMessage'
import { SubprocessorFilterForm } from '@/components/SubprocessorFilterForm'
import { SubprocessorList } from '@/components/SubprocessorList'
import { SubprocessorPrintTable } from '@/components/SubprocessorPrintTable'
import { UpcomingChanges } from '@/components/UpcomingChanges'
import { getListAsOf, listUpcomingChanges } from '@/data/changes'
import { listSubprocessorSection } from '@/data/sections'
import {
  listCategories,
  listCategoriesAsRecorded,
  listScopes,
  listSubprocessors,
} from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { readAsOf, todayUtc } from '@/utilities/asOf'
import { newestDate } from '@/utilities/dates'
import { filterHistorical, groupHistorical, toHistorical } from '@/utilities/historicalList'
import { localePath } from '@/i18n/paths'
import { localeFromParams, requestLocale, type LocaleProps } from '@/i18n/request'
import { pageMetadata } from '@/site/metadata'
import { scopeChoiceWords } from '@/components/ScopeChoice'
import { chooseScopes, exportQuery, scopeLookups, scopeQuery } from '@/utilities/scopeFilter'
import type { Scope } from '@/payload-types'
import {
  distinctLocations,
  filterSubprocessors,
  groupByCategory,
  isFiltered,
  readFilters,
  type SearchParams,
} from '@/utilities/subprocessorFilters'

export async function subprocessorsMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const title = settings.subprocessorListTitle
  const description = pageWords().listPage.description(settings.companyName)
  return pageMetadata({
    settings,
    title,
    description,
    path: '/subprocessors',
    alternateTypes: subprocessorListAlternates,
  })
}

/** The same list in other forms (for the chosen scopes, when some are), and where it is going. */
function OtherFormats({ chosen }: { chosen: Scope[] }) {
  const locale = requestLocale()
  const words = pageWords()
  return (
    <nav aria-label={words.listPage.otherFormats} className="screen-only">
      <ul className="link-list">
        <li>
          <a href={`/subprocessors.csv${exportQuery(chosen, locale)}`} download>
            {words.listPage.csv}
          </a>
        </li>
        <li>
          <a href={`/subprocessors.json${exportQuery([], locale)}`} type="application/json">
            JSON
          </a>
        </li>
        <li>
          <Link href={`/subprocessors/annex${scopeQuery(chosen)}`}>{words.listPage.annex}</Link>
        </li>
        <li>
          <Link href="/changes">{words.listPage.changeLog}</Link>
        </li>
        <li>
          <Link href="/developers">{words.footerApi}</Link>
        </li>
      </ul>
    </nav>
  )
}

/** The slugs of `?scope=` that name no scope: said, then left out. */
export function UnknownScopes({ unknown }: { unknown: string[] }) {
  if (!unknown.length) return null
  const words = pageWords().scopeChoice
  return (
    <StatusMessage tone="error" title={words.unknownTitle}>
      <p>{words.unknown(unknown.map((slug) => slug.slice(0, 40)))}</p>
    </StatusMessage>
  )
}

/**
 * The list page. Without query parameters it is static (app/(frontend)/[locale]/subprocessors/page.tsx);
 * with filters, search or asOf, proxy.ts sends the request to the dynamic twin
 * (app/(frontend)/[locale]/subprocessors-filtered/page.tsx), so the common visit is served from the cache.
 */
export async function SubprocessorsView({ params }: { params: SearchParams }) {
  const settings = await getSiteSettings()
  const section = await listSubprocessorSection(settings.subprocessorListTitle)
  return (
    <SectionLayout label={pageWords().subprocessors} items={section}>
      <ListView params={params} />
    </SectionLayout>
  )
}

async function ListView({ params }: { params: SearchParams }) {
  const [settings, subprocessors, categories, scopes, upcoming] = await Promise.all([
    getSiteSettings(),
    listSubprocessors(),
    listCategories(),
    listScopes(),
    listUpcomingChanges(),
  ])
  const today = todayUtc()
  const asOf = readAsOf(params)
  const filters = readFilters(params)
  const filtered = isFiltered(filters)
  const { chosen, unknown } = chooseScopes(filters.scope, scopes)
  const scoped = chosen.length > 0 && <p className="meta">{scopeChoiceWords(chosen)}</p>
  const rawAsOf = (Array.isArray(params.asOf) ? params.asOf[0] : params.asOf) ?? ''

  const form = (
    <SubprocessorFilterForm
      filters={filters}
      categories={categories}
      scopes={scopes}
      locations={distinctLocations(subprocessors)}
      filtered={filtered || asOf.kind !== 'current'}
      asOf={asOf.kind === 'day' ? asOf.day : ''}
      today={today}
    />
  )

  if (asOf.kind === 'day') {
    const { entries, recordedSince } = await getListAsOf(asOf.day)
    const all = entries.map(toHistorical)
    // the entries name their category as recorded, in the source language
    const recordedCategories = await listCategoriesAsRecorded()
    const matches = filterHistorical(all, recordedCategories, filters, scopes)
    const groups = groupHistorical(matches, recordedCategories)
    const beforeRecords = !recordedSince || asOf.day < recordedSince.slice(0, 10)
    const dayIso = `${asOf.day}T12:00:00.000Z`
    const words = pageWords()
    const past = words.pastList
    return (
      <>
        <h1>{settings.subprocessorListTitle}</h1>
        <div className="message message-info">
          <p>
            <strong>
              {past.asOfBefore} <FormattedDate iso={dayIso} />
            </strong>{' '}
            {past.asOfAfter} <Link href="/subprocessors">{past.backToCurrent}</Link>
          </p>
        </div>
        <UnknownScopes unknown={unknown} />
        {form}
        {scoped}
        <p className="result-count">
          {filtered
            ? words.showingOf(matches.length, all.length)
            : words.listCount(all.length, groups.length)}
        </p>
        {all.length === 0 && (
          <div className="empty-state">
            <h2>{past.noneListed}</h2>
            {beforeRecords ? (
              <p>
                {past.noRecord}
                {recordedSince && (
                  <>
                    {' '}
                    {past.recordsStart} <FormattedDate iso={recordedSince} />.
                  </>
                )}{' '}
                {past.changeLogBefore} <Link href="/changes">{past.changeLog}</Link>{' '}
                {past.changeLogAfter}
              </p>
            ) : (
              <p>{past.noneThatDay}</p>
            )}
          </div>
        )}
        {filtered && all.length > 0 && matches.length === 0 && (
          <div className="empty-state">
            <h2>{words.noMatches}</h2>
            <p>{past.noMatches}</p>
          </div>
        )}
        {matches.length > 0 && <RecordedNote text={past.recordedInSource} />}
        <HistoricalSubprocessorList
          groups={groups}
          currentSlugs={new Set(subprocessors.map((subprocessor) => subprocessor.slug))}
          withScopes={scopes.length > 0}
        />
      </>
    )
  }

  const words = pageWords()
  const matches = filterSubprocessors(subprocessors, categories, filters, scopes)
  const groups = groupByCategory(matches, categories)
  const updated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  const total = subprocessors.length

  return (
    <>
      <h1>{settings.subprocessorListTitle}</h1>
      {asOf.kind === 'invalid' && (
        <StatusMessage
          tone="error"
          title={asOf.reason === 'future' ? words.pastList.future : words.pastList.unreadable}
        >
          <p>
            {asOf.reason === 'future'
              ? words.pastList.futureText
              : words.pastList.unreadableText(rawAsOf.slice(0, 40), today)}
          </p>
        </StatusMessage>
      )}
      {updated && (
        <p className="meta">
          {words.lastUpdated} <FormattedDate iso={updated} />
        </p>
      )}
      <OtherFormats chosen={chosen} />
      <UpcomingChanges changes={upcoming} />
      <UnknownScopes unknown={unknown} />
      {(total > 0 || asOf.kind === 'invalid' || unknown.length > 0) && form}
      {total > 0 && <ListViewToggle current="/subprocessors" query={scopeQuery(chosen)} />}
      {scoped}
      <p className="result-count">
        {total === 0
          ? words.noneListedYet
          : filtered
            ? words.showingOf(matches.length, total)
            : words.listCount(total, groups.length)}
      </p>
      {filtered && matches.length === 0 && (
        <div className="empty-state">
          <h2>{words.noMatches}</h2>
          <p>
            {words.listPage.noMatchesBefore}
            {/* A full page load, as "Clear filters" in SubprocessorFilterForm explains. */}
            <a href={localePath(requestLocale(), '/subprocessors')}>{words.listPage.showAll}</a>.
          </p>
        </div>
      )}
      <SubprocessorList
        groups={groups}
        lookups={scopeLookups(scopes)}
        withScopes={scopes.length > 0}
      />
      <SubprocessorPrintTable groups={groups} />
    </>
  )
}
