import Link from '@/components/LocaleLink'
import { requestLocale } from '@/i18n/request'
import { portalWords } from '@/i18n/portalWords'

export function SiteFooter({ name, contactEmail }: { name: string; contactEmail: string | null }) {
  const words = portalWords(requestLocale())
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{name}</p>
        {contactEmail && (
          <p>
            {words.footerQuestions} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </p>
        )}
        <p>
          <Link href="/developers">{words.footerApi}</Link> ·{' '}
          <Link href="/security-policy">{words.footerSecurityPolicy}</Link>
        </p>
      </div>
    </footer>
  )
}
