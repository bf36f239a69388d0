'use client'

import { usePathname } from 'next/navigation'
import { alternatePaths, splitLocale } from '@/i18n/paths'

/** The pages rendered per request behind a public address (proxy.ts), back to that address. */
const TWINS: Record<string, string> = {
  '/subprocessors-filtered': '/subprocessors',
  '/subprocessors-table-scoped': '/subprocessors/table',
  '/subprocessors-annex-scoped': '/subprocessors/annex',
  '/faq-search': '/faq',
}

/**
 * This page in the other languages: plain links (no JavaScript needed), each in its own language
 * (`lang`, `hreflang`). A client component only for the address, like NavLink: rendered on the
 * server, so the links are in the HTML.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const { locale, path } = splitLocale(usePathname() ?? '/')
  const page = path.startsWith('/subprocessors-removed/')
    ? path.replace('/subprocessors-removed/', '/subprocessors/')
    : (TWINS[path] ?? path)
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {alternatePaths(page).map((alternate) => (
          <li key={alternate.code}>
            {alternate.code === locale ? (
              <span lang={alternate.tag} aria-current="true">
                {alternate.label}
              </span>
            ) : (
              <a href={alternate.path} hrefLang={alternate.tag} lang={alternate.tag}>
                {alternate.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
