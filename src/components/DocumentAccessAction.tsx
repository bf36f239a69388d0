import Link from '@/components/LocaleLink'
import {
  downloadPath,
  formatFileSize,
  requestAccessPath,
  type DocumentEntry,
} from '@/data/documents'
import { isGated } from '@/trust/documents'

/**
 * How to get a document: a public one downloads at once; a confidential one is requested (the
 * request page explains the NDA and, where needed, the approval). Both name the document, so
 * each link makes sense on its own in a list of links.
 */
export function DocumentAccessAction({ document }: { document: DocumentEntry }) {
  if (isGated(document.accessLevel))
    return (
      <Link className="button-link" href={requestAccessPath(document.slug)}>
        Request access<span className="visually-hidden"> to {document.title}</span>
      </Link>
    )
  return (
    // A plain link: the download is a file, not a page to prefetch.
    <a className="button-link" href={downloadPath(document.slug)} download>
      Download<span className="visually-hidden"> {document.title}</span> (PDF
      {document.fileSize !== null && `, ${formatFileSize(document.fileSize)}`})
    </a>
  )
}
