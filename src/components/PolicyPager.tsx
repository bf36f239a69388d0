import Link from '@/components/LocaleLink'
import type { PolicySummary } from '@/data/policies'

/** Previous and next section, in the editors' display order. */
export function PolicyPager({
  policies,
  currentSlug,
}: {
  policies: PolicySummary[]
  currentSlug: string
}) {
  const index = policies.findIndex((policy) => policy.slug === currentSlug)
  const previous = index > 0 ? policies[index - 1] : null
  const next = index >= 0 && index < policies.length - 1 ? policies[index + 1] : null
  if (!previous && !next) return null
  return (
    <nav className="pager" aria-label="Policy sections">
      {previous && (
        <Link href={`/policies/${previous.slug}`} rel="prev" className="pager-previous">
          <span className="pager-label">Previous section</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link href={`/policies/${next.slug}`} rel="next" className="pager-next">
          <span className="pager-label">Next section</span> {next.title}
        </Link>
      )}
    </nav>
  )
}
