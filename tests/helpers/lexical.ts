type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { url?: string }
}

/** The text of a Lexical node and its descendants, paragraphs separated by newlines. */
export function plainText(node: LexicalNode | undefined): string {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? [])
    .map(plainText)
    .join(node.type === 'root' || node.type === 'list' ? '\n' : '')
  return inner
}

export function nodesOfType(node: LexicalNode | undefined, type: string): LexicalNode[] {
  if (!node) return []
  const own = node.type === type ? [node] : []
  return [...own, ...(node.children ?? []).flatMap((child) => nodesOfType(child, type))]
}
