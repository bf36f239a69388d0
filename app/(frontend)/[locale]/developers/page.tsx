import type { ReactNode } from 'react'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'
import { pageWords } from '@/i18n/portalWords'
import { InlineMarkup } from '@/components/InlineMarkup'
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

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  const settings = await getSiteSettings()
  const words = pageWords().developersPage
  const metadata = pageMetadata({
    settings,
    title: words.title,
    description: words.description,
    path: '/developers',
  })
  return { ...metadata, alternates: { ...metadata.alternates, types: subprocessorListAlternates } }
}

/** `children` in `lang` when given (another language than the page's); as they are otherwise. */
const InLanguage = ({ lang, children }: { lang?: string; children: ReactNode }) =>
  lang ? <div lang={lang}>{children}</div> : <>{children}</>

/**
 * The public API's documentation: its frame (the explanations around the reference) in the page's
 * language; the reference generated from the OpenAPI document, and the code, in English, the
 * API's own language, marked `lang` in any other (the page says so once).
 */
export default async function DevelopersPage({ params }: LocaleProps) {
  // the page's language before anything reads it: the layout may not have set it yet
  const locale = await localeFromParams(params)
  const doc = openApiDocument()
  const example = absoluteUrl(`${API_BASE}/subprocessors?limit=10`)
  const words = pageWords().developersPage
  const { sections, conventions } = words
  // the API's own words: marked where the page is in another language
  const english = locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE
  return (
    <div className={styles.page}>
      <h1>{words.title}</h1>
      <p className="lead">{words.lead}</p>

      <nav aria-labelledby="contents-heading" className={styles.contents}>
        <h2 id="contents-heading">{words.contents}</h2>
        <ul>
          <li>
            <a href="#start">{sections.start}</a>
          </li>
          <li>
            <a href="#conventions">{sections.conventions}</a>
          </li>
          <li>
            <a href="#errors">{sections.errors}</a>
          </li>
          <li>
            <a href="#downloads">{sections.downloads}</a>
          </li>
          <li>
            <a href="#webhooks">{sections.webhooks}</a>
          </li>
          <li>
            <a href="#generated-apis">{sections.generatedApis}</a>
          </li>
          <li>
            <a href="#endpoints">{sections.endpoints}</a>
          </li>
          <li>
            <a href="#schemas">{sections.schemas}</a>
          </li>
        </ul>
      </nav>

      <h2 id="start">{sections.start}</h2>
      <p>
        <InlineMarkup text={words.start(absoluteUrl(API_BASE), `${API_BASE}/openapi.json`)} />
      </p>
      {/* focusable: it scrolls sideways on narrow screens */}
      <pre className={styles.code} tabIndex={0} aria-label={words.exampleRequests}>
        <code
          lang={english}
        >{`curl -i '${example}'\ncurl -i -H 'If-None-Match: "<ETag from before>"' '${example}'`}</code>
      </pre>

      <h2 id="conventions">{sections.conventions}</h2>
      <dl className={styles.conventions}>
        <dt>{conventions.versions}</dt>
        <dd>
          <InlineMarkup text={conventions.versionsText} />
        </dd>
        <dt>{conventions.identifiers}</dt>
        <dd>
          <InlineMarkup text={conventions.identifiersText} />
        </dd>
        <dt>{conventions.pagination}</dt>
        <dd>
          <InlineMarkup text={conventions.paginationText(LIMIT.max, LIMIT.default)} />
        </dd>
        <dt>{conventions.filters}</dt>
        <dd>
          <InlineMarkup text={conventions.filtersText} />
        </dd>
        <dt>{conventions.languages}</dt>
        <dd>
          <InlineMarkup text={conventions.languagesText(LOCALES.map(({ code }) => code))} />
        </dd>
        <dt>{conventions.caching}</dt>
        <dd>
          <InlineMarkup text={conventions.cachingText(CACHE_CONTROL)} />
        </dd>
        <dt>{conventions.browsers}</dt>
        <dd>
          <InlineMarkup text={conventions.browsersText} />
        </dd>
        <dt>{conventions.formats}</dt>
        <dd>
          <InlineMarkup text={conventions.formatsText} />
        </dd>
        <dt>{conventions.changeNotices}</dt>
        <dd>
          <InlineMarkup text={conventions.changeNoticesText(`${API_BASE}/changes`)} />
        </dd>
      </dl>

      <h2 id="errors">{sections.errors}</h2>
      <p>
        <InlineMarkup text={words.errors} />
      </p>
      <dl className={styles.conventions}>
        {Object.entries(PROBLEM_TYPES).map(([type, { status, title }]) => (
          <div key={type} id={`problem-${type}`}>
            <dt>
              {status} {english ? <span lang={english}>{title}</span> : title}
            </dt>
            <dd>{words.problems[type as keyof typeof PROBLEM_TYPES]}</dd>
          </div>
        ))}
      </dl>

      <h2 id="downloads">{sections.downloads}</h2>
      <ul>
        {DISCOVERABLE_FORMATS.map((feed) => {
          const title = words.formatTitles[feed.path]
          return (
            <li key={feed.path}>
              <a href={feed.path} lang={title ? undefined : english}>
                {title ?? feed.title}
              </a>
            </li>
          )
        })}
        <li>
          <a href="/.well-known/subprocessors.json">/.well-known/subprocessors.json</a>
          {words.wellKnown}
        </li>
        <li>
          <a href="/.well-known/security.txt">/.well-known/security.txt</a>
          {words.securityTxt}
        </li>
      </ul>

      <Webhooks doc={doc} />

      <h2 id="generated-apis">{sections.generatedApis}</h2>
      <p>
        <InlineMarkup text={words.generatedApis(API_BASE, API_LIMITS)} />
      </p>

      <h2 id="endpoints">{sections.endpoints}</h2>
      {words.referenceNote && <p>{words.referenceNote}</p>}
      <InLanguage lang={english}>
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
      </InLanguage>

      <h2 id="schemas">{sections.schemas}</h2>
      <InLanguage lang={english}>
        <Schemas doc={doc} />
      </InLanguage>
    </div>
  )
}
