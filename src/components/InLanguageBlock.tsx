import type { ReactNode } from 'react'
import { DEFAULT_LOCALE } from '@/i18n/locales'

/**
 * A block of text (an answer, an agreement, a policy) shown in the source language on a page in
 * another: marked with `lang` for readers, screen readers and translation tools, after a note in
 * the page's own language. `InLanguage` (SubprocessorDetails.tsx) does the same for a line.
 */
export function InLanguageBlock({
  source,
  note,
  children,
}: {
  source: boolean
  note: string
  children: ReactNode
}) {
  if (!source) return <>{children}</>
  return (
    <>
      <p className="meta untranslated-note">{note}</p>
      <div lang={DEFAULT_LOCALE} className="untranslated">
        {children}
      </div>
    </>
  )
}
