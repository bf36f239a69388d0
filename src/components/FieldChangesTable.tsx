import type { FieldChange, FieldValue } from '@/changes/fields'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import { emptyTextIn, fieldLabelIn } from '@/i18n/subprocessorWords'
import { fieldNamed } from '@/schema/subprocessor'
import { recordedLang } from './Recorded'

/**
 * A value before or after, as recorded (in the source language, marked as such on a page in
 * another); empty as "None", or as what it means for the field ("All customers"), in the page's.
 */
function Value({ value, field, locale }: { value: FieldValue; field: string; locale: Locale }) {
  if (value === null) {
    const definition = fieldNamed(field)
    const empty = definition && emptyTextIn(definition, locale)
    return <span className="meta">{empty ?? pageWords().changePage.none}</span>
  }
  if (!Array.isArray(value))
    return (
      <span className="multiline" lang={recordedLang()}>
        {value}
      </span>
    )
  return (
    <ul className="plain-list" lang={recordedLang()}>
      {value.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

/** The field's label in `locale`; the recorded one in the source, or for a field retired since. */
function labelIn(change: FieldChange, locale: Locale): string {
  const definition = locale === DEFAULT_LOCALE ? undefined : fieldNamed(change.field)
  return definition ? fieldLabelIn(definition, locale) : change.label
}

/** The field-by-field changes, one table per subprocessor (a replacement touches two). */
export function FieldChangesTable({
  changes,
  headingLevel,
}: {
  changes: FieldChange[]
  headingLevel: 2 | 3 | 4
}) {
  if (changes.length === 0) return null
  const words = pageWords().changePage
  const locale = requestLocale()
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]
  const bySubprocessor = [...new Set(changes.map((change) => change.subprocessor))].map((id) =>
    changes.filter((change) => change.subprocessor === id),
  )
  return (
    <>
      <Heading className="diff-heading">{words.whatChanges}</Heading>
      {bySubprocessor.map((rows) => (
        <table key={rows[0].subprocessor} className="diff-table">
          <caption>{rows[0].subprocessorName}</caption>
          <thead>
            <tr>
              <th scope="col">{words.field}</th>
              <th scope="col">{words.before}</th>
              <th scope="col">{words.after}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{labelIn(row, locale)}</th>
                <td>
                  <Value value={row.before} field={row.field} locale={locale} />
                </td>
                <td>
                  <Value value={row.after} field={row.field} locale={locale} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  )
}
