import type { Payload, UIFieldServerComponent } from 'payload'
import type { DocumentDownload, DocumentFile } from '@/payload-types'
import { formatDate, formatDateTime } from '@/utilities/dates'

const box = { marginBottom: 'var(--base)' } as const
const cell = { padding: '0.25em 1em 0.25em 0', textAlign: 'left' } as const

/** The last downloads matching `where`, as a small table with a link to the full log. */
export async function DownloadTable({
  payload,
  where,
  filter,
}: {
  payload: Payload
  where: Record<string, unknown>
  filter: string
}) {
  const { docs, totalDocs } = await payload.find({
    collection: 'document-downloads',
    where: where as never,
    sort: '-createdAt',
    limit: 20,
    depth: 1,
    overrideAccess: true,
  })
  const admin = payload.config.routes.admin
  if (!totalDocs) return <p>No downloads yet.</p>
  return (
    <>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>When</th>
            <th style={cell}>Who</th>
            <th style={cell}>Document</th>
            <th style={cell}>Version</th>
          </tr>
        </thead>
        <tbody>
          {(docs as DocumentDownload[]).map((download) => (
            <tr key={download.id}>
              <td style={cell}>{formatDateTime(download.createdAt)}</td>
              <td style={cell}>
                {download.email
                  ? `${download.name ?? ''} <${download.email}>, ${download.company ?? ''}`
                  : 'Anyone (public document)'}
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
          All {totalDocs} download{totalDocs === 1 ? '' : 's'} in the download log
        </a>
      </p>
    </>
  )
}

/** On a document: every file version it has had, and who downloaded it lately. */
export const DocumentActivity: UIFieldServerComponent = async ({ id, payload }) => {
  if (!id) return null
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
      <h3>Versions</h3>
      {files.docs.length ? (
        <ul>
          {(files.docs as DocumentFile[]).map((file) => (
            <li key={file.id}>
              <a href={`${admin}/collections/document-files/${file.id}`}>{file.version}</a>,
              effective {file.effectiveDate ? formatDate(file.effectiveDate) : 'date not set'} (
              {file.filename}, uploaded {formatDateTime(file.createdAt)})
            </li>
          ))}
        </ul>
      ) : (
        <p>The file appears here once the document is saved.</p>
      )}
      <h3>Downloads</h3>
      <DownloadTable
        payload={payload}
        where={{ document: { equals: id } }}
        filter={`where[document][equals]=${id}`}
      />
    </div>
  )
}
