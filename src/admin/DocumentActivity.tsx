import type { Payload, UIFieldServerComponent } from 'payload'
import type { DocumentDownload, DocumentFile } from '@/payload-types'
import { adminLanguage, type AdminLanguage } from '@/i18n/adminWords'

const box = { marginBottom: 'var(--base)' } as const
const cell = { padding: '0.25em 1em 0.25em 0', textAlign: 'left' } as const

/** The last downloads matching `where`, as a small table with a link to the full log. */
export async function DownloadTable({
  payload,
  where,
  filter,
  lang,
}: {
  payload: Payload
  where: Record<string, unknown>
  filter: string
  lang: AdminLanguage
}) {
  const { t, dateTime } = lang
  const { docs, totalDocs } = await payload.find({
    collection: 'document-downloads',
    where: where as never,
    sort: '-createdAt',
    limit: 20,
    depth: 1,
    overrideAccess: true,
  })
  const admin = payload.config.routes.admin
  if (!totalDocs) return <p>{t('trust:documents:noDownloads')}</p>
  return (
    <>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{t('trust:documents:when')}</th>
            <th style={cell}>{t('trust:documents:who')}</th>
            <th style={cell}>{t('trust:documents:document')}</th>
            <th style={cell}>{t('trust:documents:version')}</th>
          </tr>
        </thead>
        <tbody>
          {(docs as DocumentDownload[]).map((download) => (
            <tr key={download.id}>
              <td style={cell}>{dateTime(download.createdAt)}</td>
              <td style={cell}>
                {download.email
                  ? `${download.name ?? ''} <${download.email}>, ${download.company ?? ''}`
                  : t('trust:documents:anyone')}
              </td>
              <td style={cell}>
                {typeof download.document === 'object'
                  ? download.document.title
                  : download.document}
              </td>
              <td style={cell}>{download.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${admin}/collections/document-downloads?${filter}`}>
          {t('trust:documents:allDownloads', { count: totalDocs })}
        </a>
      </p>
    </>
  )
}

/** On a document: every file version it has had, and who downloaded it lately. */
export const DocumentActivity: UIFieldServerComponent = async ({ i18n, id, payload }) => {
  if (!id) return null
  const lang = adminLanguage(i18n)
  const { t, date, dateTime } = lang
  const files = await payload.find({
    collection: 'document-files',
    where: { document: { equals: id } },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" style={box}>
      <h3>{t('trust:documents:versions')}</h3>
      {files.docs.length ? (
        <ul>
          {(files.docs as DocumentFile[]).map((file) => (
            <li key={file.id}>
              <a href={`${admin}/collections/document-files/${file.id}`}>{file.version}</a>
              {t('trust:documents:fileLine', {
                date: file.effectiveDate
                  ? date(file.effectiveDate)
                  : t('trust:documents:dateNotSet'),
                filename: file.filename,
                uploaded: dateTime(file.createdAt),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('trust:documents:fileAfterSave')}</p>
      )}
      <h3>{t('trust:documents:downloads')}</h3>
      <DownloadTable
        payload={payload}
        where={{ document: { equals: id } }}
        filter={`where[document][equals]=${id}`}
        lang={lang}
      />
    </div>
  )
}
