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
import { DEFAULT_LOCALE } from '@/i18n/locales'
import { localePath } from '@/i18n/paths'
import { pageWords } from '@/i18n/portalWords'
import { requestLocale } from '@/i18n/request'
import type { Policy } from '@/payload-types'

const sectionPaths: Record<string, string> = {
  policies: '/policies',
  subprocessors: '/subprocessors',
}

/** Links to other trust center documents point at their portal pages, in the page's language. */
function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value.slug : undefined
  const section = doc ? sectionPaths[doc.relationTo] : undefined
  return section && typeof slug === 'string'
    ? localePath(requestLocale(), `${section}/${slug}`)
    : '#'
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

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

/**
 * `topLevel`: the level of the text's highest headings. The page title is the only h1, so a
 * policy's headings start at h2; an FAQ answer sits under its question (h3), so its start at h4.
 */
const convertersFor =
  (topLevel: number): JSXConvertersFunction<DefaultNodeTypes> =>
  ({ defaultConverters }) => {
    const { link, autolink } = LinkJSXConverter({ internalDocToHref })
    return {
      ...defaultConverters,
      link: onlySafeLinks(link),
      autolink: onlySafeLinks(autolink),
      heading: ({ node, nodesToJSX }) => {
        const level = Math.min(6, Math.max(2, Number(node.tag.slice(1))) + topLevel - 2)
        const Tag = `h${level}` as HeadingTag
        return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
      },
    }
  }

const policyConverters = convertersFor(2)
const answerConverters = convertersFor(4)

/**
 * A policy's text. `inSource`: shown in the source language for want of a translation, said
 * before it (in the page's language) and marked with `lang`.
 */
export function PolicyBody({
  body,
  inSource = false,
}: {
  body: Policy['body']
  inSource?: boolean
}) {
  const text = <RichText className="prose" data={body} converters={policyConverters} />
  if (!inSource) return text
  return (
    <>
      <p className="meta untranslated-note">{pageWords().untranslatedNote}</p>
      <div lang={DEFAULT_LOCALE}>{text}</div>
    </>
  )
}

/** An FAQ answer: the same text features as a policy, its headings below the question's. */
export function AnswerBody({ body }: { body: Policy['body'] }) {
  return <RichText className="prose" data={body} converters={answerConverters} />
}
