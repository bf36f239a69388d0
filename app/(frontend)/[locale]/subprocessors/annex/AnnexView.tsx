import type { Metadata } from 'next'
import { requestLocale } from '@/i18n/request'
import { FormattedDate } from '@/components/FormattedDate'
import { ScopeFilterForm, scopeChoiceWords } from '@/components/ScopeChoice'
import { readPublishedSubprocessors } from '@/data/publicApi'
import { listScopes } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { forScopes } from '@/public-api/resources'
import type { PublicSubprocessor } from '@/public-api/serialize'
import { annexColumns, subprocessorField, type SubprocessorFieldName } from '@/schema/subprocessor'
import { readableApiValue } from '@/schema/subprocessorValues'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl } from '@/site/url'
import { chooseScopes, readScopeParam, scopeQuery } from '@/utilities/scopeFilter'
import type { SearchParams } from '@/utilities/subprocessorFilters'
import { UnknownScopes } from '../SubprocessorsView'
import styles from './annex.module.css'

export async function annexMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const metadata = pageMetadata({
    settings,
    title: 'Subprocessor annex',
    description: `The list of subprocessors${settings.companyName ? ` of ${settings.companyName}` : ''}, laid out as an annex to a data processing agreement.`,
    path: '/subprocessors/annex',
  })
  return { ...metadata, alternates: { ...metadata.alternates, types: subprocessorListAlternates } }
}

/** One field of a cell: its label and value in words, left out when empty (but for scopes). */
function AnnexLine({
  item,
  name,
  scopeName,
}: {
  item: PublicSubprocessor
  name: SubprocessorFieldName
  scopeName: (slug: string) => string
}) {
  const field = subprocessorField(name)
  const value = readableApiValue(field, item[name], scopeName) ?? field.emptyText ?? null
  if (value === null) return null
  const items = [value].flat()
  return (
    <p className={styles.line}>
      <span className={styles.term}>{`${field.label}:`}</span>{' '}
      {field.show === 'link' ? (
        <a href={items[0]} className={styles.url}>
          {items[0]}
        </a>
      ) : (
        items.join('; ')
      )}
    </p>
  )
}

/**
 * The DPA annex: the list the EU Standard Contractual Clauses ask for (src/schema/subprocessor.ts,
 * `annexColumns`), for all customers or (`?scope=`) for a customer using some scopes. Without a
 * query static (subprocessors/annex/page.tsx); with one, rendered per request by its twin
 * (/subprocessors-annex-scoped, through proxy.ts). The choice is a plain form: no JavaScript.
 */
export async function AnnexView({ params }: { params: SearchParams }) {
  const [settings, { items: all, lastModified }, scopes] = await Promise.all([
    getSiteSettings(),
    readPublishedSubprocessors(requestLocale()),
    listScopes(),
  ])
  const { chosen, unknown } = chooseScopes(readScopeParam(params), scopes)
  const items = forScopes(all, chosen.length ? new Set(chosen.map((scope) => scope.slug)) : null)
  const names = new Map(scopes.map((scope) => [scope.slug, scope.name]))
  const scopeName = (slug: string) => names.get(slug) ?? slug
  const company = settings.companyName ?? settings.portalTitle
  const query = scopeQuery(chosen)
  return (
    <article className={styles.annex}>
      <h1>Annex: list of subprocessors</h1>
      <p>
        The subprocessors {company} engages to process personal data on behalf of its customers
        {lastModified && (
          <>
            , as of <FormattedDate iso={lastModified} />
          </>
        )}
        . The current list is always at{' '}
        <a href={absoluteUrl('/subprocessors')}>{absoluteUrl('/subprocessors')}</a>.
      </p>
      {chosen.length > 0 && (
        <p>
          <strong>For a customer using {chosen.map((scope) => scope.name).join(', ')}:</strong>{' '}
          {scopeChoiceWords(chosen)}
        </p>
      )}
      <UnknownScopes unknown={unknown} />
      <ScopeFilterForm
        scopes={scopes}
        chosen={chosen.map((scope) => scope.slug)}
        action="/subprocessors/annex"
        label="Make the annex for a customer"
      />
      <p className="screen-only">
        Print this page, or save it as PDF, to attach it to an agreement. The same list as a
        spreadsheet:{' '}
        <a href={`/subprocessors.csv${query}`} download>
          CSV
        </a>
        , or as <a href="/subprocessors.json">JSON</a>.
      </p>
      {items.length === 0 ? (
        <p>No subprocessors are listed.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby="annex-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="annex-caption">
              {items.length} {items.length === 1 ? 'subprocessor' : 'subprocessors'}, by name
            </caption>
            <thead>
              <tr>
                {annexColumns.map(({ heading }) => (
                  <th key={heading} scope="col">
                    {heading}
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
                        <AnnexLine key={name} item={item} name={name} scopeName={scopeName} />
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
          Questions about this annex:{' '}
          <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
        </p>
      )}
    </article>
  )
}
