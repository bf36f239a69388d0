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
      </div>
    </footer>
  )
}
