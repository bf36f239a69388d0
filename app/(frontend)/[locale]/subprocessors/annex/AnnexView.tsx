import type { Metadata } from 'next'
import { Fragment } from 'react'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { isUntranslated } from '@/i18n/resolve'
import { localeFromParams, requestLocale, type LocaleProps } from '@/i18n/request'
import { readableApiValueIn, sourceEndsOf } from '@/i18n/subprocessorValuesIn'
import { emptyTextIn, fieldLabelIn } from '@/i18n/subprocessorWords'
import { FormattedDate } from '@/components/FormattedDate'
import { ScopeFilterForm, scopeChoiceWords } from '@/components/ScopeChoice'
import { InLanguage, WithSourceEnd } from '@/components/SubprocessorDetails'
import { readPublishedSubprocessors } from '@/data/publicApi'
import { listScopes } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { forScopes } from '@/public-api/resources'
import type { PublicSubprocessor } from '@/public-api/serialize'
import { annexColumns, subprocessorField, type SubprocessorFieldName } from '@/schema/subprocessor'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl } from '@/site/url'
import { chooseScopes, exportQuery, readScopeParam } from '@/utilities/scopeFilter'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { UnknownScopes } from '../SubprocessorsView'
import styles from './annex.module.css'

export async function annexMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().annexPage
  const metadata = pageMetadata({
    settings,
    title: words.title,
    description: words.description(settings.companyName),
    path: '/subprocessors/annex',
  })
  return { ...metadata, alternates: { ...metadata.alternates, types: subprocessorListAlternates } }
}

/**
 * One field of a cell: its label and value in words in the page's language (the words of the
 * CSV), left out when empty (but for scopes); a text without a translation marked, as on the
 * subprocessor's page.
 */
function AnnexLine({
  item,
  name,
  scopeName,
  locale,
}: {
  item: PublicSubprocessor
  name: SubprocessorFieldName
  scopeName: (slug: string) => string
  locale: Locale
}) {
  const field = subprocessorField(name)
  const value =
    readableApiValueIn(field, item[name], scopeName, locale) ?? emptyTextIn(field, locale) ?? null
  if (value === null) return null
  const items = [value].flat()
  const note = pageWords().inEnglish
  const ends =
    locale === DEFAULT_LOCALE ? undefined : sourceEndsOf(field, item[name], item.untranslated)
  const whole = locale !== DEFAULT_LOCALE && !ends && isUntranslated(item.untranslated, name)
  return (
    <p className={styles.line}>
      <span className={styles.term}>{`${fieldLabelIn(field, locale)}:`}</span>{' '}
      {field.show === 'link' ? (
        <a href={items[0]} className={styles.url}>
          {items[0]}
        </a>
      ) : (
        <InLanguage source={whole} note={note}>
          {ends?.some(Boolean)
            ? items.map((text, index) => (
                <Fragment key={index}>
                  {index > 0 && '; '}
                  <WithSourceEnd text={text} sourceEnd={ends[index]} note={note} />
                </Fragment>
              ))
            : items.join('; ')}
        </InLanguage>
      )}
    </p>
  )
}

/**
 * The DPA annex: the list the EU Standard Contractual Clauses ask for (src/schema/subprocessor.ts,
 * `annexColumns`), for all customers or (`?scope=`) for a customer using some scopes. Without a
 * query static (subprocessors/annex/page.tsx); with one, rendered per request by its twin
 * (/subprocessors-annex-scoped, through proxy.ts). The choice is a plain form: no JavaScript. In
 * another language, the same list in its words and the texts translated so far.
 */
export async function AnnexView({ params }: { params: SearchParams }) {
  const locale = requestLocale()
  const [settings, { items: all, lastModified }, scopes] = await Promise.all([
    getSiteSettings(),
    readPublishedSubprocessors(locale),
    listScopes(),
  ])
  const { chosen, unknown } = chooseScopes(readScopeParam(params), scopes)
  const items = forScopes(all, chosen.length ? new Set(chosen.map((scope) => scope.slug)) : null)
  const names = new Map(scopes.map((scope) => [scope.slug, scope.name]))
  const scopeName = (slug: string) => names.get(slug) ?? slug
  const company = settings.companyName ?? settings.portalTitle
  const words = pageWords().annexPage
  const list = absoluteUrl(localePath(locale, '/subprocessors'))
  return (
    <article className={styles.annex}>
      <h1>{words.heading}</h1>
      <p>
        {words.introStart(company)}
        {lastModified && (
          <>
            {words.asOf} <FormattedDate iso={lastModified} />
          </>
        )}
        {words.introEnd} <a href={list}>{list}</a>.
      </p>
      {chosen.length > 0 && (
        <p>
          <strong>{words.forCustomer(chosen.map((scope) => scope.name))}</strong>{' '}
          {scopeChoiceWords(chosen)}
        </p>
      )}
      <UnknownScopes unknown={unknown} />
      <ScopeFilterForm
        scopes={scopes}
        chosen={chosen.map((scope) => scope.slug)}
        action="/subprocessors/annex"
        label={words.scopeForm}
      />
      <p className="screen-only">
        {words.print}{' '}
        <a href={`/subprocessors.csv${exportQuery(chosen, locale)}`} download>
          CSV
        </a>
        {words.orAs} <a href={`/subprocessors.json${exportQuery([], locale)}`}>JSON</a>.
      </p>
      {items.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby="annex-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="annex-caption">{words.caption(items.length)}</caption>
            <thead>
              <tr>
                {annexColumns.map(({ heading }) => (
                  <th key={heading} scope="col">
                    {words.columns[heading] ?? heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.slug}>
                  {annexColumns.map(({ heading, fields }, index) => {
                    // without scopes on this trust center, "Applies to: All customers" says nothing
                    const lines = fields
                      .filter((name) => name !== 'scopes' || scopes.length > 0)
                      .map((name) => (
                        <AnnexLine
                          key={name}
                          item={item}
                          name={name}
                          scopeName={scopeName}
                          locale={locale}
                        />
                      ))
                    return index === 0 ? (
                      <th key={heading} scope="row">
                        <span className={styles.name}>{item.name}</span>
                        {lines}
                      </th>
                    ) : (
                      <td key={heading}>{lines}</td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {settings.contactEmail && (
        <p>
          {words.questions} <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
        </p>
      )}
    </article>
  )
}
