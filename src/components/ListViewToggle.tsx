import Link from '@/components/LocaleLink'

const VIEWS = [
  { href: '/subprocessors', label: 'By category' },
  { href: '/subprocessors/table', label: 'As a table' },
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
  return (
    <nav aria-label="How to show the list" className="view-toggle screen-only">
      <ul>
        {VIEWS.map((view) => (
          <li key={view.href}>
            <Link
              href={`${view.href}${query}`}
              aria-current={view.href === current ? 'page' : undefined}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
