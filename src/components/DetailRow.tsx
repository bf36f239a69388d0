import type { ReactNode } from 'react'

/** One term and its value in a details list (`<dl>`); `lang`: the value's, when not the page's. */
export function DetailRow({
  term,
  lang,
  children,
}: {
  term: string
  lang?: string
  children: ReactNode
}) {
  return (
    <div className="detail-row">
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  )
}
