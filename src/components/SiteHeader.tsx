import Link from '@/components/LocaleLink'
import type { Image } from '@/data/media'
import type { NavItem } from '@/data/sections'
import { NavLink } from './NavLink'
import { LanguageSwitcher } from './LanguageSwitcher'
import { requestLocale } from '@/i18n/request'
import { portalWords } from '@/i18n/portalWords'

export function SiteHeader({
  title,
  logo,
  items,
}: {
  title: string
  logo: Image | null
  items: NavItem[]
}) {
  const words = portalWords(requestLocale())
  return (
    <header className="site-header">
      <div className="container">
        <p className="site-title">
          <Link href="/">
            {logo && (
              // A plain image: the logo is an upload already sized by staff, and the image
              // optimiser would fetch it from this server again for every size.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                className="site-logo"
                src={logo.src}
                alt=""
                width={logo.width ?? undefined}
                height={logo.height ?? undefined}
              />
            )}
            <span>{title}</span>
          </Link>
        </p>
        <nav aria-label={words.mainNavigation}>
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink item={item} />
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher label={words.languages} />
      </div>
    </header>
  )
}
