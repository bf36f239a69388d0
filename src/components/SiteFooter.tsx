import Link from 'next/link'

export function SiteFooter({ name, contactEmail }: { name: string; contactEmail: string | null }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{name}</p>
        {contactEmail && (
          <p>
            Questions about subprocessors or data handling?{' '}
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </p>
        )}
        <p>
          <Link href="/developers">API for developers</Link> ·{' '}
          <Link href="/security-policy">Security policy and how to report a vulnerability</Link>
        </p>
      </div>
    </footer>
  )
}
