import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'
import type { User } from '@/payload-types'
import { describeBroken } from '@/evidence/verify'
import { adminLanguage, ENGLISH, type AdminKey, type AdminLanguage } from '@/i18n/adminWords'
import { DAY_MS } from '@/utilities/dates'
import { readDashboard } from './dashboardData'

function Section({
  title,
  empty,
  children,
  lang,
}: {
  /** Its heading's words: the id is the English heading's, the same in every language. */
  title: AdminKey
  empty: AdminKey | null
  children: ReactNode[]
  lang: AdminLanguage
}) {
  const id = `dashboard-${ENGLISH.t(title).toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section aria-labelledby={id} className="trust-dashboard__section">
      <h3 id={id}>{lang.t(title)}</h3>
      {children.length ? <ul>{children}</ul> : <p>{empty ? lang.t(empty) : ''}</p>}
    </section>
  )
}

const inDays = ({ t }: AdminLanguage, iso: string) => {
  const days = Math.ceil((Date.parse(iso) - Date.now()) / DAY_MS)
  return days <= 0
    ? t('trust:dashboard:today')
    : days === 1
      ? t('trust:dashboard:tomorrow')
      : t('trust:dashboard:inDays', { count: days })
}

/** The editor's day at a glance, above Payload's collection cards. */
export async function Dashboard({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const lang = adminLanguage(i18n)
  const { t, date, dateTime } = lang
  const data = await readDashboard(payload, user as User, payload.config.routes.admin, lang)
  return (
    <div className="trust-dashboard" style={{ marginBottom: '2rem' }}>
      <h2>{t('trust:dashboard:title')}</h2>
      {data.stuck.length ? (
        <Section title="trust:dashboard:stuckTitle" empty={null} lang={lang}>
          {data.stuck.map((c) => (
            <li key={c.link.href}>
              <a href={c.link.href}>{c.link.label}</a>{' '}
              {t('trust:dashboard:stuck', { date: date(c.effectiveDate), reason: c.reason })}
            </li>
          ))}
        </Section>
      ) : null}
      <Section
        title="trust:dashboard:approvalsTitle"
        empty="trust:dashboard:approvalsEmpty"
        lang={lang}
      >
        {data.approvals.map((r) => (
          <li key={r.link.href}>
            <a href={r.link.href}>{r.link.label}</a>{' '}
            {t('trust:dashboard:approval', { date: date(r.at) })}
          </li>
        ))}
      </Section>
      <Section
        title="trust:dashboard:upcomingTitle"
        empty="trust:dashboard:upcomingEmpty"
        lang={lang}
      >
        {data.upcoming.map((c) => (
          <li key={c.link.href}>
            <a href={c.link.href}>{c.link.label}</a>
            {t('trust:dashboard:upcoming', {
              date: date(c.effectiveDate),
              when: inDays(lang, c.effectiveDate),
            })}
          </li>
        ))}
      </Section>
      <Section
        title="trust:dashboard:waitingTitle"
        empty="trust:dashboard:waitingEmpty"
        lang={lang}
      >
        {data.waiting.map((d) => (
          <li key={d.link.href}>
            <a href={d.link.href}>{d.link.label}</a>: {d.state}.{' '}
            {d.notice ? (
              <a href={d.notice.href}>{t('trust:dashboard:openNotice')}</a>
            ) : (
              <a href={d.announce.href}>{d.announce.label}</a>
            )}
          </li>
        ))}
      </Section>
      <Section
        title="trust:dashboard:transfersTitle"
        empty="trust:dashboard:transfersEmpty"
        lang={lang}
      >
        {data.transfers.map((tr) => (
          <li key={tr.link.href}>
            <a href={tr.link.href}>{tr.link.label}</a>: {tr.problem}{' '}
            {t('trust:dashboard:transferMaterial')}
          </li>
        ))}
      </Section>
      {data.failed ? (
        <Section
          title="trust:dashboard:failedTitle"
          empty="trust:dashboard:failedEmpty"
          lang={lang}
        >
          {data.failed.map((f) => (
            <li key={f.link.href}>
              {t('trust:dashboard:failedBefore')} <a href={f.link.href}>{f.link.label}</a>{' '}
              {t('trust:dashboard:failedAfter', {
                change: f.change,
                date: date(f.at),
                error: f.error ? `: ${f.error}` : '',
              })}
            </li>
          ))}
        </Section>
      ) : (
        <p>{t('trust:dashboard:adminsOnly')}</p>
      )}
      {data.objections && (
        <Section
          title="trust:dashboard:objectionsTitle"
          empty="trust:dashboard:objectionsEmpty"
          lang={lang}
        >
          {data.objections.map((o) => (
            <li key={o.link.href}>
              <a href={o.link.href}>{o.link.label}</a>
              {o.customers.length ? ` (${o.customers.join(', ')})` : ''}{' '}
              {t('trust:dashboard:objected', { change: o.change, date: date(o.at) })}
              {o.comment ? t('trust:dashboard:comment', { comment: o.comment.slice(0, 200) }) : '.'}
            </li>
          ))}
        </Section>
      )}
      {data.webhooks && (data.webhooks.switchedOff.length || data.webhooks.failed.length) ? (
        <Section title="trust:dashboard:webhooksTitle" empty={null} lang={lang}>
          {[
            ...data.webhooks.switchedOff.map((e) => (
              <li key={e.link.href}>
                {t('trust:dashboard:endpointOffBefore')} <a href={e.link.href}>{e.link.label}</a>{' '}
                {t('trust:dashboard:endpointOffAfter', { reason: e.reason })}
              </li>
            )),
            ...data.webhooks.failed.map((d) => (
              <li key={d.link.href}>
                <a href={d.link.href}>{d.link.label}</a>{' '}
                {t('trust:dashboard:deliveryFailed', {
                  url: d.url,
                  date: dateTime(d.at),
                  error: d.error ? `: ${d.error}` : '.',
                })}
              </li>
            )),
          ]}
        </Section>
      ) : null}
      <section aria-labelledby="dashboard-evidence-ledger" className="trust-dashboard__section">
        <h3 id="dashboard-evidence-ledger">{t('trust:dashboard:ledgerTitle')}</h3>
        <p id="evidence-ledger-status">
          {!data.evidence ? (
            t('trust:dashboard:ledgerAdminsOnly')
          ) : data.evidence.broken ? (
            <strong>
              {t('trust:dashboard:brokenBefore', {
                problem: describeBroken(data.evidence.broken),
              })}{' '}
              <code>npm run evidence:verify</code> {t('trust:dashboard:brokenAfter')}
            </strong>
          ) : data.evidence.head ? (
            <>
              {t('trust:dashboard:verifiedBefore', {
                entries: data.evidence.entries,
                sequence: data.evidence.head.sequence,
                date: dateTime(data.evidence.head.at),
              })}
              <code title={data.evidence.head.hash}>{data.evidence.head.hash.slice(0, 16)}…</code>
              {t('trust:dashboard:verifiedAfter', {
                checked: dateTime(data.evidence.checkedAt),
              })}{' '}
              <a href={data.evidence.link.href}>{data.evidence.link.label}</a>
            </>
          ) : (
            t('trust:dashboard:chainEmpty')
          )}
        </p>
      </section>
    </div>
  )
}
