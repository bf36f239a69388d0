import Link from '@/components/LocaleLink'
import {
  downloadPath,
  formatFileSize,
  requestAccessPath,
  type DocumentEntry,
} from '@/data/documents'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { isGated } from '@/trust/documents'

/**
 * How to get a document: a public one downloads at once; a confidential one is requested (the
 * request page explains the NDA and, where needed, the approval). Both name the document, so
 * each link makes sense on its own in a list of links.
 */
export function DocumentAccessAction({ document }: { document: DocumentEntry }) {
  const locale = requestLocale()
  const words = pageWords().documentAction
  if (isGated(document.accessLevel))
    return (
      <Link className="button-link" href={requestAccessPath(document.slug)}>
        {words.requestAccess}
        <span className="visually-hidden">
          {words.requestAccessTo}
          {document.title}
        </span>
      </Link>
    )
  return (
    // A plain link: the download is a file, not a page to prefetch. In the page's language, so
    // that a refusal (the file gone from storage) reads in it too.
    <a className="button-link" href={localePath(locale, downloadPath(document.slug))} download>
      {words.download}
      <span className="visually-hidden">
        {words.downloadOf}
        {document.title}
      </span>{' '}
      (PDF
      {document.fileSize !== null && `, ${formatFileSize(document.fileSize, locale)}`})
    </a>
  )
}
