import type { Metadata } from 'next'
import { FormattedDate } from '@/components/FormattedDate'
import { readPublishedSubprocessors } from '@/data/publicApi'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { printColumns, subprocessorField } from '@/schema/subprocessor'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl } from '@/site/url'
import styles from './annex.module.css'

// A static segment: Next prefers it to /subprocessors/[slug], and the slug "annex" is reserved
// (collections/Subprocessors/index.ts) so no subprocessor can take this address.

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const metadata = pageMetadata({
    settings,
    title: 'Subprocessor annex',
    description: `The list of subprocessors${settings.companyName ? ` of ${settings.companyName}` : ''}, laid out as an annex to a data processing agreement.`,
    path: '/subprocessors/annex',
  })
  return { ...metadata, alternates: { ...metadata.alternates, types: subprocessorListAlternates } }
}

export default async function SubprocessorAnnexPage() {
  const [settings, { items, lastModified }] = await Promise.all([
    getSiteSettings(),
    readPublishedSubprocessors(),
  ])
  const company = settings.companyName ?? settings.portalTitle
  return (
    <article className={styles.annex}>
      <h1>Annex: list of subprocessors</h1>
      <p>
        The subprocessors {company} engages to process personal data on behalf of its customers
        {lastModified && (
          <>
            , as of <FormattedDate iso={lastModified} />
          </>
        )}
        . The current list is always at{' '}
        <a href={absoluteUrl('/subprocessors')}>{absoluteUrl('/subprocessors')}</a>.
      </p>
      <p className="screen-only">
        Print this page, or save it as PDF, to attach it to an agreement. The same list as a
        spreadsheet:{' '}
        <a href="/subprocessors.csv" download>
          CSV
        </a>
        , or as <a href="/subprocessors.json">JSON</a>.
      </p>
      {items.length === 0 ? (
        <p>No subprocessors are listed.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-labelledby="annex-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="annex-caption">
              {items.length} {items.length === 1 ? 'subprocessor' : 'subprocessors'}, by name
            </caption>
            <thead>
              <tr>
                <th scope="col">Subprocessor and legal entity</th>
                {printColumns.map((name) => (
                  <th key={name} scope="col">
                    {subprocessorField(name).label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.slug}>
                  <th scope="row">
                    {item.name}
                    {item.legalEntity && <span className={styles.entity}>{item.legalEntity}</span>}
                  </th>
                  {printColumns.map((name) => {
                    const value = item[name]
                    if (subprocessorField(name).show !== 'link') {
                      return <td key={name}>{Array.isArray(value) ? value.join('; ') : value}</td>
                    }
                    return (
                      <td key={name} className={styles.url}>
                        {value ? <a href={String(value)}>{value}</a> : 'Not published'}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {settings.contactEmail && (
        <p>
          Questions about this annex:{' '}
          <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>.
        </p>
      )}
    </article>
  )
}
