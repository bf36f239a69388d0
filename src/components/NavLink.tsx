'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { NavItem } from '@/data/sections'

const within = (pathname: string, path: string) =>
  pathname === path || pathname.startsWith(`${path}/`)

/**
 * A navigation link that says when it is the page (or the section) being shown. A client
 * component only for the address: it is rendered on the server like the rest, so the mark is in
 * the HTML with JavaScript off.
 */
export function NavLink({ item }: { item: NavItem }) {
  const pathname = usePathname() ?? ''
  const current =
    pathname === item.href
      ? 'page'
      : item.href !== '/' && (item.match ?? []).some((path) => within(pathname, path))
        ? 'true'
        : undefined
  return (
    <Link href={item.href} aria-current={current}>
      {item.label}
    </Link>
  )
}
