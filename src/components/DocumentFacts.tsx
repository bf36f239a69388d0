import type { DocumentEntry } from '@/data/documents'
import { ACCESS_LEVEL_NAMES, documentKindLabel, isGated } from '@/trust/documents'
import { FormattedDate } from './FormattedDate'

/** What a document is, who may download it, and which version is current. */
export function DocumentFacts({ document }: { document: DocumentEntry }) {
  return (
    <dl className="details document-facts">
      <div className="detail-row">
        <dt>Kind</dt>
        <dd>{documentKindLabel(document.kind)}</dd>
      </div>
      <div className="detail-row">
        <dt>Access</dt>
        <dd>
          <span className={`access access-${isGated(document.accessLevel) ? 'gated' : 'public'}`}>
            {ACCESS_LEVEL_NAMES[document.accessLevel]}
          </span>
        </dd>
      </div>
      {document.version && (
        <div className="detail-row">
          <dt>Version</dt>
          <dd>{document.version}</dd>
        </div>
      )}
      {document.effectiveDate && (
        <div className="detail-row">
          <dt>Effective</dt>
          <dd>
            <FormattedDate iso={document.effectiveDate} />
          </dd>
        </div>
      )}
    </dl>
  )
}
