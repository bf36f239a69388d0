import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { hasRole } from '@/access'
import type { FieldChange } from '@/changes/fields'
import { FieldChangesTable } from '@/components/FieldChangesTable'
import { getPayloadClient } from '@/data/payload'
import { evidencePack, type EvidencePack } from '@/evidence/pack'
import { formatDateTime } from '@/utilities/dates'
import styles from './evidence.module.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Evidence pack',
  robots: { index: false, follow: false },
}

type Props = { params: Promise<{ locale: string; id: string }> }

const when = (iso: unknown) => (typeof iso === 'string' && iso ? formatDateTime(iso) : '—')

function Refusal({ signedIn, id }: { signedIn: boolean; id: string }) {
  return (
    <>
      <h1>Evidence pack</h1>
      <p className="lead" role="alert">
        {signedIn
          ? '403: only admins can see the evidence of a change notice.'
          : 'Sign in to the admin as an admin to see the evidence of a change notice.'}
      </p>
      {!signedIn && (
        <p>
          <a href={`/admin/login?redirect=${encodeURIComponent(`/evidence/changes/${id}`)}`}>
            Sign in
          </a>
        </p>
      )}
    </>
  )
}

/** The evidence pack of one change notice, printable, for admins (src/evidence/pack.ts). */
export default async function EvidencePackPage({ params }: Props) {
  const { id } = await params
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!hasRole(user, 'admin')) return <Refusal signedIn={Boolean(user)} id={id} />
  const pack = await evidencePack(payload, id)
  if (!pack)
    return (
      <>
        <h1>Evidence pack</h1>
        <p className="lead">There is no change notice with the id {id}.</p>
      </>
    )
  return <Pack pack={pack} />
}

function Pack({ pack }: { pack: EvidencePack }) {
  const announced = pack.announced ?? {}
  const subprocessor = announced.subprocessor as { name?: string } | null | undefined
  const replaces = announced.replaces as { name?: string } | null | undefined
  const { cancelled, effective, failed } = pack.outcome
  return (
    <article className={styles.pack}>
      <h1>Evidence pack: {pack.change.title ?? 'change notice'}</h1>
      <p>
        Exported {when(pack.exportedAt)}. Ledger head at export:{' '}
        {pack.headAtExport ? (
          <>
            entry {pack.headAtExport.sequence} of {when(pack.headAtExport.at)},{' '}
            <code className={styles.hash}>{pack.headAtExport.hash}</code>
          </>
        ) : (
          'the ledger is empty'
        )}
        .
      </p>
      <p className="screen-only">
        Print this page or save it as PDF. The same pack as JSON, with every ledger entry to
        recompute: <a href={`/api/changes/${pack.change.id}/evidence`}>download JSON</a>.
      </p>

      <h2>The change as announced</h2>
      {pack.announced ? (
        <dl className={styles.facts}>
          <dt>Change</dt>
          <dd>
            {String(announced.title)} ({String(announced.kind)}), /changes/{String(announced.slug)}
          </dd>
          <dt>Subprocessor</dt>
          <dd>
            {subprocessor?.name ?? '—'}
            {replaces ? `, replacing ${replaces.name}` : ''}
          </dd>
          <dt>Announced</dt>
          <dd>{when(announced.announcedAt)}</dd>
          <dt>Effective date</dt>
          <dd>{when(announced.effectiveDate)}</dd>
          <dt>Notice period</dt>
          <dd>{String(announced.noticePeriodDays ?? '—')} days</dd>
          <dt>Why</dt>
          <dd>{String(announced.reason)}</dd>
          {announced.urgentReason ? (
            <>
              <dt>Reason for a shorter notice</dt>
              <dd>{String(announced.urgentReason)}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>This change was never announced: the ledger holds no announcement for it.</p>
      )}
      <FieldChangesTable
        changes={(announced.fieldChanges ?? []) as FieldChange[]}
        headingLevel={3}
      />

      <h2>The notice as sent</h2>
      {pack.notice ? (
        <pre className={styles.notice}>
          Subject: {pack.notice.subject}
          {'\n\n'}
          {pack.notice.text}
        </pre>
      ) : (
        <p>No notice was recorded.</p>
      )}
      <p className={styles.note}>
        Each recipient&apos;s own links (to object and to unsubscribe) carried a personal code where
        this copy shows PERSONAL-CODE.
      </p>

      <h2>Recipients ({pack.recipients.length} attempts)</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Email</th>
            <th>Time</th>
            <th>Attempt</th>
            <th>Outcome</th>
            <th>Message-ID</th>
            <th>Mail server reply</th>
          </tr>
        </thead>
        <tbody>
          {pack.recipients.map((r) => (
            <tr key={`${r.subscriber}-${r.attempt}`}>
              <td>{r.email}</td>
              <td>{when(r.at)}</td>
              <td>{r.attempt}</td>
              <td>{r.outcome === 'sent' ? 'accepted' : `failed: ${r.error ?? ''}`}</td>
              <td className={styles.hash}>{r.messageId ?? '—'}</td>
              <td>{r.smtpResponse ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Objections ({pack.objections.length})</h2>
      {pack.objections.length ? (
        <ul>
          {pack.objections.map((o) => (
            <li key={o.subscriber}>
              {o.email}, {when(o.at)}
              {o.comment ? `: “${o.comment}”` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>No objections were recorded.</p>
      )}

      <h2>Outcome</h2>
      <p>
        {cancelled
          ? `Cancelled on ${when(cancelled.at)}.`
          : effective
            ? `Took effect on ${when(effective.at)}; published version ${String(effective.data.publishedVersion ?? '—')}.`
            : failed
              ? `Failed on ${when(failed.at)}: ${String(failed.data.reason ?? '')}`
              : `Status: ${pack.change.status}.`}
      </p>

      <h2>Evidence ledger entries ({pack.ledger.length})</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Sequence</th>
            <th>Event</th>
            <th>Time</th>
            <th>Previous hash / hash</th>
          </tr>
        </thead>
        <tbody>
          {pack.ledger.map((e) => (
            <tr key={e.sequence}>
              <td>{e.sequence}</td>
              <td>{e.type}</td>
              <td>{e.at}</td>
              <td className={styles.hash}>
                {e.previousHash}
                <br />
                {e.hash}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.note}>{pack.about}</p>
    </article>
  )
}
