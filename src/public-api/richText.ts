import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { Policy } from '@/payload-types'
import { absoluteUrl } from '@/site/url'

type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  listType?: string
  checked?: boolean
  children?: LexicalNode[]
  fields?: SerializedLinkNode['fields']
}

/** The slug of a published document, by collection and id; null when it is not public. */
export type SlugOf = (collection: string, id: string) => string | null

const sectionPaths: Record<string, string> = {
  policies: '/policies',
  subprocessors: '/subprocessors',
}

/**
 * Links to other trust center documents point at their portal pages, absolute for integrators.
 * Bodies are read at depth 0 (the Lexical JSON keeps only the linked id, never the linked document),
 * so the slug comes from `slugOf`; a link to anything unpublished becomes "#".
 */
function internalHref(
  fields: SerializedLinkNode['fields'] | undefined,
  slugOf: SlugOf,
): string | null {
  const doc = fields?.doc
  if (!doc) return null
  const id =
    typeof doc.value === 'object' && doc.value
      ? String((doc.value as { id?: unknown }).id)
      : String(doc.value)
  const section = sectionPaths[doc.relationTo]
  const slug = section ? slugOf(doc.relationTo, id) : null
  return section && slug ? absoluteUrl(`${section}/${slug}`) : null
}

// Deterministic output matters: the ETag is a hash of the body, so no generated ids (Payload's
// own list-item converter puts a random id on every checkbox) and no layout whitespace.
const htmlConverters = (slugOf: SlugOf): HTMLConverters => ({
  ...defaultHTMLConverters,
  ...LinkHTMLConverter({
    internalDocToHref: ({ linkNode }) => internalHref(linkNode.fields, slugOf) ?? '#',
  }),
  listitem: ({ node, nodesToHTML, parent }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const isCheck = (parent as { listType?: string }).listType === 'check'
    return isCheck
      ? `<li aria-checked="${node.checked ? 'true' : 'false'}">${children}</li>`
      : `<li>${children}</li>`
  },
  // Uploads, relationships and blocks are not part of the public contract.
  upload: '',
  relationship: '',
  unknown: '',
})

export function policyBodyToHtml(body: Policy['body'], slugOf: SlugOf): string {
  return convertLexicalToHTML({
    data: body as never,
    converters: htmlConverters(slugOf),
    disableContainer: true,
  })
}

function linkText(node: LexicalNode, slugOf: SlugOf): string {
  const text = inlineText(node.children ?? [], slugOf)
  const href =
    node.fields?.linkType === 'internal' ? internalHref(node.fields, slugOf) : node.fields?.url
  if (!href || href === text || href === `mailto:${text}` || href === `tel:${text}`) return text
  return `${text} (${href})`
}

function inlineText(nodes: LexicalNode[], slugOf: SlugOf): string {
  return nodes
    .map((node) => {
      if (node.type === 'link' || node.type === 'autolink') return linkText(node, slugOf)
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'tab') return '\t'
      if (typeof node.text === 'string') return node.text
      return inlineText(node.children ?? [], slugOf)
    })
    .join('')
}

function listLines(list: LexicalNode, depth: number, slugOf: SlugOf): string[] {
  const indent = '  '.repeat(depth)
  let number = 0
  return (list.children ?? []).flatMap((item) => {
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    const own = inlineText(
      (item.children ?? []).filter((child) => child.type !== 'list'),
      slugOf,
    )
    const lines = nested.flatMap((child) => listLines(child, depth + 1, slugOf))
    if (!own) return lines
    number += 1
    const marker =
      list.listType === 'number'
        ? `${number}.`
        : list.listType === 'check'
          ? item.checked
            ? '[x]'
            : '[ ]'
          : '-'
    return [`${indent}${marker} ${own}`, ...lines]
  })
}

/** The text of a policy body: blocks separated by a blank line, list items as "- " or "1. " lines. */
export function policyBodyToText(body: Policy['body'], slugOf: SlugOf): string {
  const blocks = (body.root.children as LexicalNode[]).map((node) => {
    if (node.type === 'list') return listLines(node, 0, slugOf).join('\n')
    if (node.type === 'horizontalrule') return '---'
    return inlineText(node.children ?? [], slugOf)
  })
  return blocks.filter((block) => block.trim() !== '').join('\n\n')
}

/**
 * The slugs of the documents a body's links name, read from the body itself when it was read at
 * depth 1 (the links' documents populated, access-checked): an unreadable one stays an id, and
 * its link becomes "#".
 */
export function populatedSlugOf(body: Policy['body']): SlugOf {
  const slugs = new Map<string, string>()
  const visit = (nodes: LexicalNode[]) => {
    for (const node of nodes) {
      const doc = node.fields?.doc
      const value = doc?.value as { id?: unknown; slug?: unknown } | string | undefined
      if (doc && value && typeof value === 'object' && typeof value.slug === 'string')
        slugs.set(`${doc.relationTo}:${String(value.id)}`, value.slug)
      visit(node.children ?? [])
    }
  }
  visit(body.root.children as LexicalNode[])
  return (collection, id) => slugs.get(`${collection}:${id}`) ?? null
}
