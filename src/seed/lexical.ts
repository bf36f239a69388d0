// Small builders for Lexical's serialized JSON, so seed content reads like the text it holds.
import type { Policy } from '@/payload-types'

type Node = { type: string; version: number; [key: string]: unknown }

const textNode = (text: string): Node => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

type Inline = string | { link: string; text: string }

const inline = (parts: Inline[]): Node[] =>
  parts.map((part) =>
    typeof part === 'string'
      ? textNode(part)
      : block('link', [textNode(part.text)], {
          fields: { linkType: 'custom', newTab: false, url: part.link },
          id: `seed-${part.link}`,
          version: 3,
        }),
  )

export const paragraph = (...parts: Inline[]): Node =>
  block('paragraph', inline(parts), { textFormat: 0, textStyle: '' })

export const heading = (tag: 'h2' | 'h3', text: string): Node =>
  block('heading', [textNode(text)], { tag })

export const bulletList = (items: Inline[][]): Node =>
  block(
    'list',
    items.map((parts, index) => block('listitem', inline(parts), { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

export const richText = (...children: Node[]): Policy['body'] => ({
  root: {
    type: 'root',
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})
