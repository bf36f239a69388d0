import type {
  DefaultNodeTypes,
  SerializedAutoLinkNode,
  SerializedLinkNode,
} from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText,
} from '@payloadcms/richtext-lexical/react'
import type { Policy } from '@/payload-types'

const sectionPaths: Record<string, string> = {
  policies: '/policies',
  subprocessors: '/subprocessors',
}

/** Links to other trust center documents point at their portal pages. */
function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value.slug : undefined
  const section = doc ? sectionPaths[doc.relationTo] : undefined
  return section && typeof slug === 'string' ? `${section}/${slug}` : '#'
}

// Only web, mail and phone links, and paths on this site, are kept as links: never `javascript:`.
const SAFE_HREF = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i

function onlySafeLinks<Node extends SerializedLinkNode | SerializedAutoLinkNode>(
  convert: JSXConverter<Node> | undefined,
): JSXConverter<Node> {
  return function SafeLink(args) {
    const { node, nodesToJSX } = args
    if (node.fields.linkType !== 'internal' && !SAFE_HREF.test(node.fields.url ?? '')) {
      return <>{nodesToJSX({ nodes: node.children })}</>
    }
    return typeof convert === 'function' ? convert(args) : null
  }
}

const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => {
  const { link, autolink } = LinkJSXConverter({ internalDocToHref })
  return {
    ...defaultConverters,
    link: onlySafeLinks(link),
    autolink: onlySafeLinks(autolink),
    // The page title is the only h1: headings in the text start one level below it.
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag === 'h1' ? 'h2' : node.tag
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
  }
}

export function PolicyBody({ body }: { body: Policy['body'] }) {
  return <RichText className="prose" data={body} converters={converters} />
}
