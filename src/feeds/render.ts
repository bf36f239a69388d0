// The change log as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Each item carries the machine-readable
// change: kind, dates and every field before and after (a `tc:` XML namespace, `_change` in JSON),
// and the evidence ledger entry recorded when it was announced (sequence, hash, time).
import { describeFieldChange } from '@/changes/fields'
import { formatDate } from '@/utilities/dates'
import type { PublicChange } from '@/changes/log'
import type { LedgerHead } from '@/evidence/ledger'
import { CHANGE_FEEDS } from './list'

const CHANGE_NAMESPACE = 'https://github.com/trust-center/trust-center/ns/change/1.0'

/** A feed item: the public change, with its announcement's entry in the evidence ledger. */
export type FeedChange = PublicChange & { ledger?: LedgerHead | null }

export type FeedContext = {
  siteUrl: string
  title: string
  companyName: string
  contactEmail?: string | null
}

const xml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
// XML 1.0 forbids most control characters even when escaped.
const clean = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
const esc = (text: string) => xml(clean(text))

const changeUrl = (ctx: FeedContext, change: PublicChange) =>
  `${ctx.siteUrl}/changes/${change.slug}`

export function changeSummaryText(change: PublicChange): string {
  const lines = change.fieldChanges.map(describeFieldChange)
  return [
    `${change.title}. Announced ${formatDate(change.announcedAt)}, effective ${formatDate(change.effectiveDate)}.`,
    `Why: ${change.reason}`,
    ...(change.urgentReason ? [`Shorter notice because: ${change.urgentReason}`] : []),
    ...lines,
  ].join('\n')
}

function xmlChange(change: FeedChange): string {
  const fields = change.fieldChanges
    .map((f) => {
      const value = (tag: string, v: string | string[] | null) =>
        v === null
          ? `<tc:${tag}/>`
          : Array.isArray(v)
            ? `<tc:${tag}>${v.map((x) => `<tc:item>${esc(x)}</tc:item>`).join('')}</tc:${tag}>`
            : `<tc:${tag}>${esc(v)}</tc:${tag}>`
      return `<tc:field name="${esc(f.field)}" label="${esc(f.label)}" subprocessor="${esc(f.subprocessorName)}">${value('before', f.before)}${value('after', f.after)}</tc:field>`
    })
    .join('')
  const ledger = change.ledger
    ? `<tc:ledger sequence="${change.ledger.sequence}" hash="${esc(change.ledger.hash)}" at="${esc(change.ledger.at)}"/>`
    : ''
  return `<tc:change kind="${esc(change.kind)}" status="${esc(change.status)}"><tc:subprocessor>${esc(change.subprocessor.name)}</tc:subprocessor><tc:announced>${esc(change.announcedAt)}</tc:announced><tc:effective>${esc(change.effectiveDate)}</tc:effective><tc:reason>${esc(change.reason)}</tc:reason>${fields}${ledger}</tc:change>`
}

const updatedOf = (changes: PublicChange[]) => changes[0]?.announcedAt ?? new Date(0).toISOString()

export function rssFeed(ctx: FeedContext, changes: FeedChange[]): string {
  const items = changes
    .map(
      (c) =>
        `<item><title>${esc(c.title)}</title><link>${esc(changeUrl(ctx, c))}</link><guid isPermaLink="true">${esc(changeUrl(ctx, c))}</guid><pubDate>${new Date(c.announcedAt).toUTCString()}</pubDate><category>${esc(c.kind)}</category><description>${esc(changeSummaryText(c))}</description>${xmlChange(c)}</item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:tc="${CHANGE_NAMESPACE}">
<channel><title>${esc(ctx.title)}</title><link>${esc(`${ctx.siteUrl}/changes`)}</link><description>${esc(`Every announced change to the ${ctx.companyName} subprocessor list.`)}</description><language>en</language><lastBuildDate>${new Date(updatedOf(changes)).toUTCString()}</lastBuildDate><atom:link href="${esc(`${ctx.siteUrl}${CHANGE_FEEDS.rss.path}`)}" rel="self" type="application/rss+xml"/>
${items}
</channel></rss>
`
}

export function atomFeed(ctx: FeedContext, changes: FeedChange[]): string {
  const entries = changes
    .map(
      (c) =>
        `<entry><title>${esc(c.title)}</title><id>${esc(changeUrl(ctx, c))}</id><link rel="alternate" type="text/html" href="${esc(changeUrl(ctx, c))}"/><published>${esc(c.announcedAt)}</published><updated>${esc(c.announcedAt)}</updated><category term="${esc(c.kind)}"/><summary type="text">${esc(changeSummaryText(c))}</summary>${xmlChange(c)}</entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tc="${CHANGE_NAMESPACE}" xml:lang="en">
<title>${esc(ctx.title)}</title><id>${esc(`${ctx.siteUrl}/changes`)}</id><updated>${esc(updatedOf(changes))}</updated>
<link rel="self" type="application/atom+xml" href="${esc(`${ctx.siteUrl}${CHANGE_FEEDS.atom.path}`)}"/><link rel="alternate" type="text/html" href="${esc(`${ctx.siteUrl}/changes`)}"/>
<author><name>${esc(ctx.companyName)}</name>${ctx.contactEmail ? `<email>${esc(ctx.contactEmail)}</email>` : ''}</author>
${entries}
</feed>
`
}

export function jsonFeed(ctx: FeedContext, changes: FeedChange[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: ctx.title,
    home_page_url: `${ctx.siteUrl}/changes`,
    feed_url: `${ctx.siteUrl}${CHANGE_FEEDS.json.path}`,
    description: `Every announced change to the ${ctx.companyName} subprocessor list.`,
    language: 'en',
    authors: [
      { name: ctx.companyName, ...(ctx.contactEmail ? { url: `mailto:${ctx.contactEmail}` } : {}) },
    ],
    items: changes.map((c) => ({
      id: changeUrl(ctx, c),
      url: changeUrl(ctx, c),
      title: c.title,
      content_text: changeSummaryText(c),
      date_published: c.announcedAt,
      tags: [c.kind],
      _change: {
        about: CHANGE_NAMESPACE,
        kind: c.kind,
        status: c.status,
        subprocessor: c.subprocessor,
        replaces: c.replaces,
        announcedAt: c.announcedAt,
        effectiveDate: c.effectiveDate,
        noticePeriodDays: c.noticePeriodDays,
        reason: c.reason,
        urgentReason: c.urgentReason,
        fields: c.fieldChanges.map(({ field, label, subprocessorName, before, after }) => ({
          field,
          label,
          subprocessor: subprocessorName,
          before,
          after,
        })),
        ledger: c.ledger ?? null,
      },
    })),
  }
}
