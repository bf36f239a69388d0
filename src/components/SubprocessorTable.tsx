import Link from '@/components/LocaleLink'
import type { Localized } from '@/data/localized'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { isUntranslated } from '@/i18n/resolve'
import { requestLocale } from '@/i18n/request'
import { emptyTextIn, pageLabelIn } from '@/i18n/subprocessorWords'
import type { Category, Subprocessor } from '@/payload-types'
import { subprocessorField } from '@/schema/subprocessor'
import { readableValue, type Lookups } from '@/schema/subprocessorValues'
import { categoryIdOf } from '@/utilities/subprocessorFilters'
import { InLanguage } from './SubprocessorDetails'

const COLUMNS = ['purpose', 'dataProcessed', 'locations'] as const

const scopesField = subprocessorField('scopes')

/**
 * The list as one compact table, a row per subprocessor in name order: for comparing them at a
 * glance. Wider than a phone: the table scrolls inside its own box, which keyboard users can
 * focus to scroll. With `lookups` (when scopes exist), a column says whom each applies to. A
 * text without a translation is marked, as on the subprocessor's page.
 */
export function SubprocessorTable({
  subprocessors,
  categories,
  lookups = null,
}: {
  subprocessors: Localized<Subprocessor>[]
  categories: Localized<Category>[]
  lookups?: Lookups | null
}) {
  const locale = requestLocale()
  const words = pageWords()
  const inSource = (untranslated: string[] | undefined, path: string) =>
    locale !== DEFAULT_LOCALE && isUntranslated(untranslated, path)
  const categoryOf = new Map(categories.map((category) => [category.id, category]))
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby="subprocessor-table-caption"
      tabIndex={0}
    >
      <table className="data-table">
        <caption id="subprocessor-table-caption" className="visually-hidden">
          {words.subprocessorTable.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.subprocessorTable.subprocessor}</th>
            <th scope="col">{pageLabelIn(subprocessorField('category'), locale)}</th>
            {COLUMNS.map((name) => (
              <th key={name} scope="col">
                {pageLabelIn(subprocessorField(name), locale, 2)}
              </th>
            ))}
            {lookups && <th scope="col">{pageLabelIn(scopesField, locale)}</th>}
          </tr>
        </thead>
        <tbody>
          {subprocessors.map((subprocessor) => {
            const category = categoryOf.get(categoryIdOf(subprocessor))
            const scopes = lookups && readableValue(scopesField, subprocessor.scopes, lookups)
            return (
              <tr key={subprocessor.id}>
                <th scope="row">
                  <Link href={`/subprocessors/${subprocessor.slug}`}>{subprocessor.name}</Link>
                  {subprocessor.legalEntity && (
                    <span className="cell-note">{subprocessor.legalEntity}</span>
                  )}
                </th>
                <td>
                  {category ? (
                    <Link href={`/subprocessors#${category.slug}`}>
                      <InLanguage
                        source={inSource(category.untranslated, 'name')}
                        note={words.inEnglish}
                      >
                        {category.name}
                      </InLanguage>
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                {COLUMNS.map((name) => {
                  const value = subprocessor[name]
                  return (
                    <td key={name}>
                      <InLanguage
                        source={inSource(subprocessor.untranslated, name)}
                        note={words.inEnglish}
                      >
                        {Array.isArray(value) ? value.join('; ') : (value ?? '—')}
                      </InLanguage>
                    </td>
                  )
                })}
                {lookups && (
                  <td>
                    {Array.isArray(scopes)
                      ? scopes.join(', ')
                      : (scopes ?? emptyTextIn(scopesField, locale))}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
