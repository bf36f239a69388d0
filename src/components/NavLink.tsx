'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { NavItem } from '@/data/sections'
import { localePath, splitLocale } from '@/i18n/paths'

const within = (pathname: string, path: string) =>
  pathname === path || pathname.startsWith(`${path}/`)

/**
 * A navigation link, in the page's language, that says when it is the page (or the section)
 * being shown. A client component only for the address: it is rendered on the server like the
 * rest, so the mark is in the HTML with JavaScript off.
 */
export function NavLink({ item }: { item: NavItem }) {
  const { locale, path } = splitLocale(usePathname() ?? '')
  const current =
    path === item.href
      ? 'page'
      : item.href !== '/' && (item.match ?? []).some((match) => within(path, match))
        ? 'true'
        : undefined
  return (
    <Link href={localePath(locale, item.href)} aria-current={current}>
      {item.label}
    </Link>
  )
}
