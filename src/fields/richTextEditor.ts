import {
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'

// The same schemes the portal keeps as links (src/components/PolicyBody.tsx); mail is allowed
// because the contact section links an address.
const LINK_URL =
  /^(https?:\/\/[^\s/]+\.[^\s]+|https?:\/\/localhost\b|mailto:\S+@\S+|tel:\+?[\d\s-]+$)/i

const linkUrl: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if ((siblingData as { linkType?: string })?.linkType === 'internal') return true
  if (typeof value === 'string' && LINK_URL.test(value.trim())) return true
  return adminLanguage(req?.i18n).t('trust:messages:linkUrl')
}

/**
 * Only what the portal, the API's HTML and its plain text render: paragraphs, headings h2–h4
 * (the page title is the h1), bulleted and numbered lists, links to trust center pages or web
 * addresses, bold and italic.
 */
export const richTextEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({
      enabledCollections: ['policies', 'subprocessors'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.name === 'url' ? { ...field, validate: linkUrl } : field,
        ) as typeof defaultFields,
    }),
    BoldFeature(),
    ItalicFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
