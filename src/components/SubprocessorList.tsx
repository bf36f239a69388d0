import Link from '@/components/LocaleLink'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { shownValuesIn } from '@/i18n/subprocessorValuesIn'
import type { Lookups } from '@/schema/subprocessorValues'
import type { CategoryGroup } from '@/utilities/subprocessorFilters'
import { SubprocessorDetails } from './SubprocessorDetails'

/**
 * The screen version of the list: a section per category, an article per subprocessor (`lookups`
 * name its scopes).
 */
export function SubprocessorList({
  groups,
  lookups,
  withScopes,
}: {
  groups: CategoryGroup[]
  lookups: Lookups
  withScopes: boolean
}) {
  const locale = requestLocale()
  const words = pageWords()
  return (
    <div className="screen-only">
      {groups.map(({ category, subprocessors }) => (
        <section
          key={category.id}
          id={category.slug}
          className="category"
          aria-labelledby={`${category.slug}-heading`}
        >
          <h2 id={`${category.slug}-heading`}>{category.name}</h2>
          {category.description && <p className="category-description">{category.description}</p>}
          {subprocessors.map((subprocessor) => (
            <article key={subprocessor.id} id={subprocessor.slug} className="card">
              <h3>
                <Link href={`/subprocessors/${subprocessor.slug}`}>{subprocessor.name}</Link>
                {subprocessor._status === 'draft' && <span className="badge">{words.draft}</span>}
              </h3>
              <SubprocessorDetails
                {...shownValuesIn(subprocessor, locale, lookups)}
                withScopes={withScopes}
                untranslated={subprocessor.untranslated}
              />
            </article>
          ))}
        </section>
      ))}
    </div>
  )
}
