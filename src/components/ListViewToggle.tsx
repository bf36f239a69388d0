import { pageWords } from '@/i18n/portalWords'
import Link from '@/components/LocaleLink'

const VIEWS = [
  { href: '/subprocessors', label: 'byCategory' },
  { href: '/subprocessors/table', label: 'asTable' },
] as const

/**
 * Two views of the same list, as plain links (each view is a static page of its own), carrying
 * the chosen scopes (`query`, "?scope=…") from one to the other.
 */
export function ListViewToggle({
  current,
  query = '',
}: {
  current: (typeof VIEWS)[number]['href']
  query?: string
}) {
  const words = pageWords()
  return (
    <nav aria-label={words.viewsLabel} className="view-toggle screen-only">
      <ul>
        {VIEWS.map((view) => (
          <li key={view.href}>
            <Link
              href={`${view.href}${query}`}
              aria-current={view.href === current ? 'page' : undefined}
            >
              {words[view.label]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
