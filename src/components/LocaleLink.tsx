import NextLink from 'next/link'
import type { ComponentProps } from 'react'
import { localePath } from '@/i18n/paths'
import { requestLocale } from '@/i18n/request'

/**
 * next/link for the portal's server components: a link to a page (`/subprocessors`) stays in the
 * page's language (`/de/subprocessors` on a German page). Addresses of files, feeds and the API
 * (with a dot, or under /api/) are the same in every language and are left alone.
 */
export default function LocaleLink({ href, ...props }: ComponentProps<typeof NextLink>) {
  const localized =
    typeof href === 'string' && href.startsWith('/') && !href.startsWith('/api/')
      ? localizedHref(href)
      : href
  return <NextLink href={localized} {...props} />
}

function localizedHref(href: string) {
  const [path] = href.split(/(?=[?#])/, 1)
  if (path.includes('.')) return href
  return `${localePath(requestLocale(), path)}${href.slice(path.length)}`
}
