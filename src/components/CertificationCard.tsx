import Link from '@/components/LocaleLink'
import type { Certification } from '@/data/certifications'
import { certificationStatusLabel } from '@/trust/certifications'
import { FormattedDate } from './FormattedDate'

function Validity({ from, until }: { from: string | null; until: string | null }) {
  if (from && until)
    return (
      <>
        <FormattedDate iso={from} /> to <FormattedDate iso={until} />
      </>
    )
  if (until)
    return (
      <>
        until <FormattedDate iso={until} />
      </>
    )
  if (from)
    return (
      <>
        since <FormattedDate iso={from} />
      </>
    )
  return null
}

/** One certification: its badge (the image, or the name as a text badge), status and validity. */
export function CertificationCard({ certification }: { certification: Certification }) {
  const { anchor, name, badge, status, validFrom, validUntil } = certification
  const hasValidity = Boolean(validFrom || validUntil)
  return (
    <article id={anchor} className="certification" aria-labelledby={`${anchor}-heading`}>
      {badge ? (
        // A plain image: badges are small uploads shown at their own size.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className="certification-badge"
          src={badge.src}
          alt={badge.alt}
          width={badge.width ?? undefined}
          height={badge.height ?? undefined}
          loading="lazy"
        />
      ) : (
        <p className="certification-badge text-badge" aria-hidden="true">
          {name}
        </p>
      )}
      <div>
        <h2 id={`${anchor}-heading`}>{name}</h2>
        <p>
          <span className={`status status-${status}`}>{certificationStatusLabel(status)}</span>
        </p>
        <dl className="details">
          {hasValidity && (
            <div className="detail-row">
              <dt>{status === 'expired' ? 'Was valid' : 'Valid'}</dt>
              <dd>
                <Validity from={validFrom} until={validUntil} />
              </dd>
            </div>
          )}
          {certification.auditor && (
            <div className="detail-row">
              <dt>Audited by</dt>
              <dd>{certification.auditor}</dd>
            </div>
          )}
          {certification.scope && (
            <div className="detail-row">
              <dt>Scope</dt>
              <dd className="multiline">{certification.scope}</dd>
            </div>
          )}
          {certification.document && (
            <div className="detail-row">
              <dt>Evidence</dt>
              <dd>
                <Link href={`/documents/${certification.document.slug}`}>
                  {certification.document.title}
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </article>
  )
}
