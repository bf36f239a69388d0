import type { ReactNode } from 'react'

/**
 * The outcome of a form the visitor just sent, shown on the page its endpoint redirected to.
 * Rendered on the server, so it reads the same without JavaScript; the heading lets screen-reader
 * users jump to it.
 */
export function StatusMessage({
  tone,
  title,
  children,
  id,
}: {
  tone: 'success' | 'error'
  title: string
  children?: ReactNode
  id?: string
}) {
  return (
    <div id={id} className={`message message-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {children}
    </div>
  )
}
