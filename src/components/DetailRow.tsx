import type { ReactNode } from 'react'

/** One term and its value in a details list (`<dl>`). */
export function DetailRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
