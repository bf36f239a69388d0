import Link from 'next/link'

type NavItem = { href: string; label: string }

export function SiteHeader({ title, items }: { title: string; items: NavItem[] }) {
  return (
    <header className="site-header">
      <div className="container">
        <p className="site-title">
          <Link href="/">{title}</Link>
        </p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
