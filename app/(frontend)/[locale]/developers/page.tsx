import { LOCALES } from '@/i18n/locales'
import type { Metadata } from 'next'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import { API_LIMITS } from '@/api-safety/limits'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { CACHE_CONTROL } from '@/public-api/http'
import { API_BASE, openApiDocument } from '@/public-api/openapi'
import { PROBLEM_TYPES } from '@/public-api/problem'
import { LIMIT } from '@/public-api/query'
import { DISCOVERABLE_FORMATS } from '@/public-api/resources'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl } from '@/site/url'
import { operationAnchor, Operations, Schemas } from './OpenApiReference'
import { Webhooks } from './Webhooks'
import styles from './developers.module.css'

const PROBLEM_HELP: Record<keyof typeof PROBLEM_TYPES, string> = {
  'invalid-parameter':
    'A query parameter is unknown, given twice or malformed. invalidParams lists each one with the reason; fix them and send the request again.',
  'not-found':
    'Nothing is published at this address: check the slug against the list, or the path against this page.',
  gone: 'The subprocessor was taken off the list by a change notice that is in effect. removal gives its name, the date, the reason and the change (in this API and on the portal); the slug is never reused.',
  'method-not-allowed': 'The API is read-only: only GET, HEAD and OPTIONS are answered.',
  'server-error': 'Something failed on our side. Retry later; the request itself may be fine.',
}

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const metadata = pageMetadata({
    settings,
    title: 'Developers',
    description:
      'The public API of the trust center: subprocessors, categories, announced changes and policies as JSON, with an OpenAPI 3.1 description, and signed webhooks for each change.',
    path: '/developers',
  })
  return { ...metadata, alternates: { ...metadata.alternates, types: subprocessorListAlternates } }
}

export default function DevelopersPage() {
  const doc = openApiDocument()
  const example = absoluteUrl(`${API_BASE}/subprocessors?limit=10`)
  return (
    <div className={styles.page}>
      <h1>Developers</h1>
      <p className="lead">
        Read the subprocessor list, the changes announced to it and the data-handling policies from
        your own tools: a vendor-risk platform, a sales portal, a status page or a DPA generator.
        The API is read-only, needs no key and serves published content only.
      </p>

      <nav aria-labelledby="contents-heading" className={styles.contents}>
        <h2 id="contents-heading">On this page</h2>
        <ul>
          <li>
            <a href="#start">Getting started</a>
          </li>
          <li>
            <a href="#conventions">Conventions</a>
          </li>
          <li>
            <a href="#errors">Errors</a>
          </li>
          <li>
            <a href="#downloads">Downloads and discovery</a>
          </li>
          <li>
            <a href="#webhooks">Webhooks</a>
          </li>
          <li>
            <a href="#generated-apis">The CMS&apos;s own REST and GraphQL APIs</a>
          </li>
          <li>
            <a href="#endpoints">Endpoints</a>
          </li>
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      <h2 id="start">Getting started</h2>
      <p>
        The base address is <code>{absoluteUrl(API_BASE)}</code>. The whole contract is described in{' '}
        <a href={`${API_BASE}/openapi.json`}>OpenAPI 3.1</a>: load it into your client generator or
        API tool.
      </p>
      {/* focusable: it scrolls sideways on narrow screens */}
      <pre className={styles.code} tabIndex={0} aria-label="Example requests">
        <code>{`curl -i '${example}'\ncurl -i -H 'If-None-Match: "<ETag from before>"' '${example}'`}</code>
      </pre>

      <h2 id="conventions">Conventions</h2>
      <dl className={styles.conventions}>
        <dt>Versions</dt>
        <dd>
          The version is in the path (<code>/v1/</code>). Within v1 fields and endpoints may be
          added, never renamed, retyped or removed; clients should ignore fields they do not know.
        </dd>
        <dt>Identifiers</dt>
        <dd>
          Entries are identified by their slug (for example <code>stripe</code>), never by a
          database id.
        </dd>
        <dt>Pagination</dt>
        <dd>
          Lists take <code>limit</code> (1 to {LIMIT.max}, default {LIMIT.default}) and{' '}
          <code>page</code> (from 1), and answer with <code>pagination</code> totals and{' '}
          <code>links.next</code> / <code>links.prev</code>.
        </dd>
        <dt>Filters</dt>
        <dd>
          <code>updatedSince</code> on every list (ISO 8601 date or date-time with a time zone);{' '}
          <code>category</code> (a category slug) and <code>location</code> (text contained in a
          location, any case) on subprocessors; <code>kind</code>, <code>status</code>,{' '}
          <code>subprocessor</code> (a subprocessor slug) and <code>since</code> (announced at or
          after) on changes. An unknown or repeated parameter is an error, never ignored.
        </dd>
        <dt>Languages</dt>
        <dd>
          <code>locale</code> (
          {LOCALES.map(({ code }, index) => (
            <span key={code}>
              {index > 0 && ', '}
              <code>{code}</code>
            </span>
          ))}
          ) on every resource and on the CSV and JSON exports; <code>Content-Language</code> says
          the answer&apos;s language. A text without a translation is given in English and named in
          the item&apos;s <code>untranslated</code>. Change notices stay in English: they are the
          record of what was announced.
        </dd>
        <dt>Caching</dt>
        <dd>
          Every answer has a strong <code>ETag</code> (and <code>Last-Modified</code> for content).
          Send it back in <code>If-None-Match</code> (or <code>If-Modified-Since</code>) to get{' '}
          <code>304 Not Modified</code> with no body while nothing changed.{' '}
          <code>Cache-Control: {CACHE_CONTROL}</code> lets a CDN serve the API.
        </dd>
        <dt>Browsers</dt>
        <dd>
          CORS is open for reading: <code>Access-Control-Allow-Origin: *</code> on GET, HEAD and
          OPTIONS. Other methods are refused with 405.
        </dd>
        <dt>Formats</dt>
        <dd>
          JSON in UTF-8; times in UTC (ISO 8601). Policy text comes as HTML, plain text and the
          editor&apos;s Lexical JSON.
        </dd>
        <dt>Change notices</dt>
        <dd>
          A new subprocessor, a replacement, a removal or a change to what one does is announced
          before it takes effect. <code>{`${API_BASE}/changes`}</code> lists announced and effective
          changes, newest first, with every public field before and after; drafts and cancelled
          changes are never served. The same changes are in the <a href="/changes/rss.xml">RSS</a>,{' '}
          <a href="/changes/atom.xml">Atom</a> and <a href="/changes/feed.json">JSON Feed</a> feeds.
        </dd>
      </dl>

      <h2 id="errors">Errors</h2>
      <p>
        Errors are <code>application/problem+json</code> (RFC 9457): <code>type</code>,{' '}
        <code>title</code>, <code>status</code> and a <code>detail</code> written for a person.
      </p>
      <dl className={styles.conventions}>
        {Object.entries(PROBLEM_TYPES).map(([type, { status, title }]) => (
          <div key={type} id={`problem-${type}`}>
            <dt>
              {status} {title}
            </dt>
            <dd>{PROBLEM_HELP[type as keyof typeof PROBLEM_TYPES]}</dd>
          </div>
        ))}
      </dl>

      <h2 id="downloads">Downloads and discovery</h2>
      <ul>
        {DISCOVERABLE_FORMATS.map((feed) => (
          <li key={feed.path}>
            <a href={feed.path}>{feed.title}</a>
          </li>
        ))}
        <li>
          <a href="/.well-known/subprocessors.json">/.well-known/subprocessors.json</a>: where the
          list, the API and these formats are, for machines
        </li>
        <li>
          <a href="/.well-known/security.txt">/.well-known/security.txt</a>: where to report a
          vulnerability (RFC 9116)
        </li>
      </ul>

      <Webhooks doc={doc} />

      <h2 id="generated-apis">The CMS&apos;s own REST and GraphQL APIs</h2>
      <p>
        <code>/api/&lt;collection&gt;</code> and <code>/api/graphql</code> mirror the CMS&apos;s
        internal schema and change with it: build integrations on <code>{API_BASE}</code> instead.
        For anonymous clients they serve published content only, never drafts, team members or
        subscribers, and they refuse with a 400: more than {API_LIMITS.maxLimit} documents per page,{' '}
        <code>pagination=false</code>, a depth above the configured maximum, a <code>where</code>{' '}
        nested more than {API_LIMITS.maxWhereDepth} levels or with more than{' '}
        {API_LIMITS.maxWhereConditions} conditions, and more than {API_LIMITS.maxGraphqlRootFields}{' '}
        root fields in one GraphQL operation. GraphQL introspection is disabled in production;
        refused GraphQL queries get a 400 unless the client asks only for{' '}
        <code>application/json</code>, which by the GraphQL over HTTP specification is answered 200
        with <code>errors</code>.
      </p>

      <h2 id="endpoints">Endpoints</h2>
      <ul>
        {Object.keys(doc.paths).map((path) => (
          <li key={path}>
            <a href={`#${operationAnchor(path)}`}>
              <code>{`GET ${path}`}</code>
            </a>
          </li>
        ))}
      </ul>
      <Operations doc={doc} />

      <h2 id="schemas">Schemas</h2>
      <Schemas doc={doc} />
    </div>
  )
}
