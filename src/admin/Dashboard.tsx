import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'
import type { User } from '@/payload-types'
import { describeBroken } from '@/evidence/verify'
import { DAY_MS, formatDate, formatDateTime } from '@/utilities/dates'
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
      {data.stuck.length ? (
        <Section title="Changes that could not take effect" empty="">
          {data.stuck.map((c) => (
            <li key={c.link.href}>
              <a href={c.link.href}>{c.link.label}</a> was due on {formatDate(c.effectiveDate)}:{' '}
              {c.reason} An administrator fixes the cause, then sets it back to
              &ldquo;Announced&rdquo; to retry.
            </li>
          ))}
        </Section>
      ) : null}
      <Section
        title="Document requests to approve"
        empty="No one is waiting for approval to download a document."
      >
        {data.approvals.map((r) => (
          <li key={r.link.href}>
            <a href={r.link.href}>{r.link.label}</a> accepted the NDA on {formatDate(r.at)} and
            waits for your decision.
          </li>
        ))}
      </Section>
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
      <Section
        title="Transfers to complete"
        empty="Every published subprocessor with a location outside the EEA names a transfer mechanism."
      >
        {data.transfers.map((t) => (
          <li key={t.link.href}>
            <a href={t.link.href}>{t.link.label}</a>: {t.problem} Adding it is a material change,
            announced with a notice.
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
              <a href={o.link.href}>{o.link.label}</a>
              {o.customers.length ? ` (${o.customers.join(', ')})` : ''} objected to {o.change} on{' '}
              {formatDate(o.at)}
              {o.comment ? `: "${o.comment.slice(0, 200)}"` : '.'}
            </li>
          ))}
        </Section>
      )}
      {data.webhooks && (data.webhooks.switchedOff.length || data.webhooks.failed.length) ? (
        <Section title="Webhooks that failed" empty="">
          {[
            ...data.webhooks.switchedOff.map((e) => (
              <li key={e.link.href}>
                The endpoint <a href={e.link.href}>{e.link.label}</a> is switched off: {e.reason}
              </li>
            )),
            ...data.webhooks.failed.map((d) => (
              <li key={d.link.href}>
                <a href={d.link.href}>{d.link.label}</a> could not be delivered to {d.url} (last
                tried {formatDateTime(d.at)}){d.error ? `: ${d.error}` : '.'} Open it to send it
                again.
              </li>
            )),
          ]}
        </Section>
      ) : null}
      <section aria-labelledby="dashboard-evidence-ledger" className="trust-dashboard__section">
        <h3 id="dashboard-evidence-ledger">Evidence ledger</h3>
        <p id="evidence-ledger-status">
          {!data.evidence ? (
            'The evidence ledger is shown to admins only.'
          ) : data.evidence.broken ? (
            <strong>
              The chain does not verify: {describeBroken(data.evidence.broken)}. Run{' '}
              <code>npm run evidence:verify</code> and see docs/evidence.md.
            </strong>
          ) : data.evidence.head ? (
            <>
              The chain verifies: {data.evidence.entries} entries, the latest is number{' '}
              {data.evidence.head.sequence} of {formatDateTime(data.evidence.head.at)} (
              <code title={data.evidence.head.hash}>{data.evidence.head.hash.slice(0, 16)}…</code>
              ). Checked {formatDateTime(data.evidence.checkedAt)}.{' '}
              <a href={data.evidence.link.href}>{data.evidence.link.label}</a>
            </>
          ) : (
            'The chain is empty: nothing has been recorded yet.'
          )}
        </p>
      </section>
    </div>
  )
}
