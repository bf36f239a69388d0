import Link from '@/components/LocaleLink'
import type { PolicySummary } from '@/data/policies'
import type { Localized } from '@/i18n/resolve'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { isUntranslated } from '@/i18n/resolve'
import { requestLocale } from '@/i18n/request'
import { InLanguage } from './SubprocessorDetails'

/** Whether a policy's text at `path` is shown in the source language on this page. */
export const policyInSource = (policy: Localized<unknown>, path: string): boolean =>
  requestLocale() !== DEFAULT_LOCALE && isUntranslated(policy.untranslated, path)

/** A policy's title in the page's language, or in the source language, marked, for want of one. */
export function PolicyTitle({ policy }: { policy: Localized<Pick<PolicySummary, 'title'>> }) {
  return (
    <InLanguage source={policyInSource(policy, 'title')} note={pageWords().inEnglish}>
      {policy.title}
    </InLanguage>
  )
}

/** Previous and next section, in the editors' display order. */
export function PolicyPager({
  policies,
  currentSlug,
}: {
  policies: Localized<PolicySummary>[]
  currentSlug: string
}) {
  const index = policies.findIndex((policy) => policy.slug === currentSlug)
  const previous = index > 0 ? policies[index - 1] : null
  const next = index >= 0 && index < policies.length - 1 ? policies[index + 1] : null
  if (!previous && !next) return null
  const words = pageWords().policyPage
  return (
    <nav className="pager" aria-label={words.sections}>
      {previous && (
        <Link href={`/policies/${previous.slug}`} rel="prev" className="pager-previous">
          <span className="pager-label">{words.previous}</span> <PolicyTitle policy={previous} />
        </Link>
      )}
      {next && (
        <Link href={`/policies/${next.slug}`} rel="next" className="pager-next">
          <span className="pager-label">{words.next}</span> <PolicyTitle policy={next} />
        </Link>
      )}
    </nav>
  )
}
