import Link from '@/components/LocaleLink'
import type { Certification } from '@/data/certifications'
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { isUntranslated } from '@/i18n/resolve'
import { FormattedDate } from './FormattedDate'
import { InLanguage } from './SubprocessorDetails'

function Validity({ from, until }: { from: string | null; until: string | null }) {
  const words = pageWords().certificationCard
  if (from && until)
    return (
      <>
        <FormattedDate iso={from} /> {words.to} <FormattedDate iso={until} />
      </>
    )
  if (until)
    return (
      <>
        {words.until} <FormattedDate iso={until} />
      </>
    )
  if (from)
    return (
      <>
        {words.since} <FormattedDate iso={from} />
      </>
    )
  return null
}

/** One certification: its badge (the image, or the name as a text badge), status and validity. */
export function CertificationCard({ certification }: { certification: Certification }) {
  const { anchor, name, badge, status, validFrom, validUntil } = certification
  const hasValidity = Boolean(validFrom || validUntil)
  const words = pageWords()
  const card = words.certificationCard
  const inSource = (path: string) =>
    requestLocale() !== DEFAULT_LOCALE && isUntranslated(certification.untranslated, path)
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
          <span className={`status status-${status}`}>{words.certificationStatuses[status]}</span>
        </p>
        <dl className="details">
          {hasValidity && (
            <div className="detail-row">
              <dt>{status === 'expired' ? card.wasValid : card.valid}</dt>
              <dd>
                <Validity from={validFrom} until={validUntil} />
              </dd>
            </div>
          )}
          {certification.auditor && (
            <div className="detail-row">
              <dt>{card.auditedBy}</dt>
              <dd>{certification.auditor}</dd>
            </div>
          )}
          {certification.scope && (
            <div className="detail-row">
              <dt>{card.scope}</dt>
              <dd className="multiline">
                <InLanguage source={inSource('scope')} note={words.inEnglish}>
                  {certification.scope}
                </InLanguage>
              </dd>
            </div>
          )}
          {certification.document && (
            <div className="detail-row">
              <dt>{card.evidence}</dt>
              <dd>
                <Link href={`/documents/${certification.document.slug}`}>
                  <InLanguage source={inSource('document.title')} note={words.inEnglish}>
                    {certification.document.title}
                  </InLanguage>
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </article>
  )
}
