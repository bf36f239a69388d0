import { Fragment, type ReactNode } from 'react'

// `code` and [a link](/address) in words kept as plain strings (src/i18n/portalWords.ts), so an
// explanation naming parameters and headers is written once per language, in one piece.
const MARKUP = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g

/** Words with inline `code` and [links](…), as elements. */
export function InlineMarkup({ text }: { text: string }) {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(MARKUP)) {
    const [whole, code, label, href] = match
    if (match.index > last) parts.push(text.slice(last, match.index))
    parts.push(
      code !== undefined ? (
        <code key={match.index}>{code}</code>
      ) : (
        <a key={match.index} href={href}>
          {label}
        </a>
      ),
    )
    last = match.index + whole.length
  }
  if (last < text.length) parts.push(text.slice(last))
  return <Fragment>{parts}</Fragment>
}
