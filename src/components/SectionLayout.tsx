import type { ReactNode } from 'react'
import type { NavItem } from '@/data/sections'
import { NavLink } from './NavLink'

/**
 * A section's pages beside its own navigation (the Subprocessors section: the list, its policies,
 * notices by email). Without items, only the page.
 */
export function SectionLayout({
  label,
  items,
  children,
}: {
  label: string
  items: NavItem[]
  children: ReactNode
}) {
  if (items.length === 0) return <>{children}</>
  return (
    <div className="with-section-nav">
      <nav aria-label={label} className="section-nav">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <NavLink item={item} />
            </li>
          ))}
        </ul>
      </nav>
      <div className="section-content">{children}</div>
    </div>
  )
}
