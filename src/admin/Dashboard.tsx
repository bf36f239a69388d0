import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'
import type { User } from '@/payload-types'
import { DAY_MS, formatDate } from '@/utilities/dates'
import { readDashboard } from './dashboardData'

function Section({
  title,
  empty,
  children,
}: {
  title: string
  empty: string
  children: ReactNode[]
}) {
  const id = `dashboard-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section aria-labelledby={id} className="trust-dashboard__section">
      <h3 id={id}>{title}</h3>
      {children.length ? <ul>{children}</ul> : <p>{empty}</p>}
    </section>
  )
}

const inDays = (iso: string) => {
  const days = Math.ceil((Date.parse(iso) - Date.now()) / DAY_MS)
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`
}

/** The editor's day at a glance, above Payload's collection cards. */
export async function Dashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const data = await readDashboard(payload, user as User, payload.config.routes.admin)
  return (
    <div className="trust-dashboard" style={{ marginBottom: '2rem' }}>
      <h2>What needs attention</h2>
      <Section title="Upcoming changes" empty="No change is announced and waiting to take effect.">
        {data.upcoming.map((c) => (
          <li key={c.link.href}>
            <a href={c.link.href}>{c.link.label}</a>: takes effect on {formatDate(c.effectiveDate)}{' '}
            ({inDays(c.effectiveDate)}).
          </li>
        ))}
      </Section>
      <Section
        title="Drafts waiting for a notice"
        empty="No subprocessor draft is waiting to be announced."
      >
        {data.waiting.map((d) => (
          <li key={d.link.href}>
            <a href={d.link.href}>{d.link.label}</a>: {d.state}.{' '}
            {d.notice ? (
              <a href={d.notice.href}>Open the notice being prepared</a>
            ) : (
              <a href={d.announce.href}>{d.announce.label}</a>
            )}
          </li>
        ))}
      </Section>
      {data.failed ? (
        <Section title="Failed notices" empty="Every notice email was delivered.">
          {data.failed.map((f) => (
            <li key={f.link.href}>
              Email to <a href={f.link.href}>{f.link.label}</a> about {f.change} failed on{' '}
              {formatDate(f.at)}
              {f.error ? `: ${f.error}` : ''}. It is retried automatically.
            </li>
          ))}
        </Section>
      ) : (
        <p>Failed notices and objections are shown to admins only.</p>
      )}
      {data.objections && (
        <Section title="New objections" empty="No objections in the last 30 days.">
          {data.objections.map((o) => (
            <li key={o.link.href}>
              <a href={o.link.href}>{o.link.label}</a> objected to {o.change} on {formatDate(o.at)}
              {o.comment ? `: "${o.comment.slice(0, 200)}"` : '.'}
            </li>
          ))}
        </Section>
      )}
      <section aria-labelledby="dashboard-evidence-ledger" className="trust-dashboard__section">
        <h3 id="dashboard-evidence-ledger">Evidence ledger</h3>
        <p id="evidence-ledger-status">
          Not set up yet. Once the evidence ledger exists, its status is shown here.
        </p>
      </section>
    </div>
  )
}
