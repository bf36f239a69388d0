import type { DocumentEntry } from '@/data/documents'
import { pageWords } from '@/i18n/portalWords'
import { isGated } from '@/trust/documents'
import { FormattedDate } from './FormattedDate'

/** What a document is, who may download it, and which version is current. */
export function DocumentFacts({ document }: { document: DocumentEntry }) {
  const words = pageWords()
  const facts = words.documentFacts
  return (
    <dl className="details document-facts">
      <div className="detail-row">
        <dt>{facts.kind}</dt>
        <dd>{words.documentKinds[document.kind] ?? document.kind}</dd>
      </div>
      <div className="detail-row">
        <dt>{facts.access}</dt>
        <dd>
          <span className={`access access-${isGated(document.accessLevel) ? 'gated' : 'public'}`}>
            {words.accessLevels[document.accessLevel]}
          </span>
        </dd>
      </div>
      {document.version && (
        <div className="detail-row">
          <dt>{facts.version}</dt>
          <dd>{document.version}</dd>
        </div>
      )}
      {document.effectiveDate && (
        <div className="detail-row">
          <dt>{facts.effective}</dt>
          <dd>
            <FormattedDate iso={document.effectiveDate} />
          </dd>
        </div>
      )}
    </dl>
  )
}
