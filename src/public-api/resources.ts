// The resources of the public API v1, the exports and the discovery files. Adding one is a
// resolver here, a route file under app/api/public/v1/ and its path in openapi.ts.
import {
  readPublishedCategories,
  readPublishedChanges,
  readPublishedPolicies,
  readPublishedScopes,
  readPublishedSubprocessors,
} from '@/data/publicApi'
import { readCertifications, type CertificationEntry } from '@/data/certifications'
import { readDocuments } from '@/data/documents'
import { readPublicFaq } from '@/data/faq'
import type { PublishedSet } from '@/data/published'
import { readSecurityTopics } from '@/data/security'
import { readSecurityContact } from '@/data/securityContact'
import { getSiteSettings } from '@/data/trustCenter'
import { removedSubprocessors } from '@/changes/removed'
import { changeFeedList } from '@/feeds/list'
import { DEFAULT_LOCALE, localeDefinition, type Locale } from '@/i18n/locales'
import { appliesToAny } from '@/schema/scopes'
import { absoluteUrl } from '@/site/url'
import { todayUtc } from '@/utilities/asOf'
import { toCsv } from './csv'
import { csvCellIn, csvFields, csvHeaderIn } from './csvWords'
import {
  CORS_HEADERS,
  invalidParamsResponse,
  json,
  newest,
  problemResponse,
  type Representation,
} from './http'
import { LIST_SCHEMA_PATH, subprocessorListSchema } from './listSchema'
import { API_BASE, openApiDocument } from './openapi'
import { paginate, updatedSince } from './pagination'
import { problem } from './problem'
import {
  readChangeQuery,
  readListQuery,
  readLocaleQuery,
  readNoQuery,
  readScopeQuery,
  readSubprocessorQuery,
  type ChangeQuery,
} from './query'
import type { Resolve } from './route'
import {
  toPublicCertification,
  toPublicDocument,
  toPublicFaqEntry,
  toPublicSecurityTopic,
  withoutPolicyBody,
  type PublicChangeNotice,
  type PublicScope,
  type PublicSubprocessor,
} from './serialize'
import { securityTxt } from './securityTxt'

const JSON_TYPE = 'application/json; charset=utf-8'
const asDate = (iso: string | null) => (iso ? new Date(iso) : null)

/** The answer's language: `Content-Language`, on every answer made of the trust center's texts. */
const inLanguage = (locale: Locale) => ({ 'Content-Language': localeDefinition(locale).tag })

const jsonRepresentation = (
  value: unknown,
  lastModified: string | null,
  locale?: Locale,
): Representation => ({
  body: json(value),
  contentType: JSON_TYPE,
  lastModified: asDate(lastModified),
  ...(locale && { headers: inLanguage(locale) }),
})

const notFound = (request: Request, what: string, slug: string) =>
  problemResponse(
    problem(
      'not-found',
      `No published ${what} has the slug "${slug}". List them at ${new URL(request.url).pathname.replace(/\/[^/]*$/, '')}.`,
      {
        instance: new URL(request.url).pathname,
      },
    ),
    CORS_HEADERS,
  )

/** Resolvers of endpoints that take no query parameters refuse any. */
const withoutParameters =
  (resolve: Resolve): Resolve =>
  async (request, params) => {
    const query = readNoQuery(new URL(request.url).searchParams)
    return query.ok ? resolve(request, params) : invalidParamsResponse(query.invalidParams)
  }

/** Resolvers of endpoints whose only parameter is `locale`: refuse any other. */
const withLocaleOnly =
  (
    resolve: (
      request: Request,
      params: Record<string, string>,
      locale: Locale,
    ) => ReturnType<Resolve>,
  ): Resolve =>
  async (request, params) => {
    const query = readLocaleQuery(new URL(request.url).searchParams)
    return query.ok
      ? resolve(request, params, query.value.locale)
      : invalidParamsResponse(query.invalidParams)
  }

const RESOURCES = {
  subprocessors: `${API_BASE}/subprocessors`,
  categories: `${API_BASE}/categories`,
  scopes: `${API_BASE}/scopes`,
  policies: `${API_BASE}/policies`,
  changes: `${API_BASE}/changes`,
  certifications: `${API_BASE}/certifications`,
  security: `${API_BASE}/security`,
  faq: `${API_BASE}/faq`,
  documents: `${API_BASE}/documents`,
} as const

export const apiIndex: Resolve = withoutParameters(async () =>
  jsonRepresentation(
    {
      data: {
        version: '1',
        openapi: `${API_BASE}/openapi.json`,
        documentation: '/developers',
        resources: RESOURCES,
      },
    },
    null,
  ),
)

/**
 * The scopes a `scope` parameter names, checked against those that exist: a slug that names
 * none is a 400 saying which scopes there are (a typo must not quietly give the whole list).
 */
export async function chosenScopes(
  slugs: string[] | null,
  locale: Locale = DEFAULT_LOCALE,
): Promise<
  | { ok: true; chosen: Set<string> | null; scopes: PublicScope[] }
  | { ok: false; response: Response }
> {
  const { items: scopes } = await readPublishedScopes(locale)
  if (!slugs) return { ok: true, chosen: null, scopes }
  const known = new Set(scopes.map((scope) => scope.slug))
  const unknown = slugs.filter((slug) => !known.has(slug))
  if (!unknown.length) return { ok: true, chosen: new Set(slugs), scopes }
  const names = unknown.map((slug) => `"${slug}"`).join(', ')
  const offered = scopes.length
    ? `The scopes are: ${scopes.map((scope) => scope.slug).join(', ')} (see ${RESOURCES.scopes}).`
    : 'There are no scopes: every subprocessor applies to all customers.'
  return {
    ok: false,
    response: invalidParamsResponse([
      {
        name: 'scope',
        reason: `names ${unknown.length === 1 ? 'no scope' : 'no scopes'}: ${names}. ${offered}`,
      },
    ]),
  }
}

/** The subprocessors on a list for the chosen scopes: those for every customer, and theirs. */
export const forScopes = (items: PublicSubprocessor[], chosen: Set<string> | null) =>
  items.filter((item) => appliesToAny(item.scopes, chosen))

export const subprocessorListEndpoint: Resolve = async (request) => {
  const url = new URL(request.url)
  const query = readSubprocessorQuery(url.searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { category, location, scope, updatedSince: since, locale } = query.value
  const scopes = await chosenScopes(scope)
  if (!scopes.ok) return scopes.response
  const { items, lastModified } = await readPublishedSubprocessors(locale)
  const place = location?.toLowerCase()
  const matches = updatedSince(forScopes(items, scopes.chosen), since).filter(
    (item) =>
      (!category || item.category?.slug === category) &&
      (!place || item.locations.some((entry) => entry.toLowerCase().includes(place))),
  )
  return jsonRepresentation(paginate(matches, query.value, url), lastModified, locale)
}

/** 410 for a subprocessor a change in effect took off the list (its slug is never reused). */
async function removedSubprocessor(request: Request, slug: string, live: PublicSubprocessor[]) {
  const { items: changes } = await readPublishedChanges()
  const removed = removedSubprocessors(changes, new Set(live.map((item) => item.slug))).get(slug)
  if (!removed) return null
  const { change } = removed
  const href = `${RESOURCES.changes}/${change.slug}`
  return problemResponse(
    problem(
      'gone',
      `"${removed.name}" is no longer a subprocessor: the change notice "${change.title}" ${change.kind === 'replacement' ? 'replaced' : 'removed'} it on ${removed.removedOn.slice(0, 10)}. Reason: ${removed.reason} The change: ${href}.`,
      {
        instance: new URL(request.url).pathname,
        removal: {
          subprocessor: { name: removed.name, slug: removed.slug },
          removedOn: removed.removedOn,
          reason: removed.reason,
          change: { slug: change.slug, href, portalUrl: absoluteUrl(`/changes/${change.slug}`) },
        },
      },
    ),
    CORS_HEADERS,
  )
}

export const subprocessorEndpoint: Resolve = withLocaleOnly(async (request, { slug }, locale) => {
  const { items, lastModified } = await readPublishedSubprocessors(locale)
  const item = items.find((candidate) => candidate.slug === slug)
  if (item) return jsonRepresentation({ data: item }, lastModified, locale)
  return (
    (await removedSubprocessor(request, slug, items)) ?? notFound(request, 'subprocessor', slug)
  )
})

export const categoryListEndpoint: Resolve = async (request) => {
  const url = new URL(request.url)
  const query = readListQuery(url.searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { items, lastModified } = await readPublishedCategories(query.value.locale)
  return jsonRepresentation(
    paginate(updatedSince(items, query.value.updatedSince), query.value, url),
    lastModified,
    query.value.locale,
  )
}

export const scopeListEndpoint: Resolve = async (request) => {
  const url = new URL(request.url)
  const query = readListQuery(url.searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { items, lastModified } = await readPublishedScopes(query.value.locale)
  return jsonRepresentation(
    paginate(updatedSince(items, query.value.updatedSince), query.value, url),
    lastModified,
    query.value.locale,
  )
}

export const policyListEndpoint: Resolve = async (request) => {
  const url = new URL(request.url)
  const query = readListQuery(url.searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { items, lastModified } = await readPublishedPolicies(query.value.locale)
  const summaries = updatedSince(items, query.value.updatedSince).map(withoutPolicyBody)
  return jsonRepresentation(paginate(summaries, query.value, url), lastModified, query.value.locale)
}

export const policyEndpoint: Resolve = withLocaleOnly(async (request, { slug }, locale) => {
  const { items, lastModified } = await readPublishedPolicies(locale)
  const item = items.find((candidate) => candidate.slug === slug)
  return item
    ? jsonRepresentation({ data: item }, lastModified, locale)
    : notFound(request, 'policy section', slug)
})

/** A whole published set, serialised, filtered by `updatedSince` and paginated. */
const publishedListEndpoint =
  <Entry, Item extends { updatedAt: string }>(
    read: (locale: Locale) => Promise<PublishedSet<Entry>>,
    serialize: (entry: Entry, locale: Locale) => Item,
    lastModifiedOf: (set: PublishedSet<Entry>) => string | null = (set) => set.lastModified,
  ): Resolve =>
  async (request) => {
    const url = new URL(request.url)
    const query = readListQuery(url.searchParams)
    if (!query.ok) return invalidParamsResponse(query.invalidParams)
    const set = await read(query.value.locale)
    const items = updatedSince(
      set.items.map((entry) => serialize(entry, query.value.locale)),
      query.value.updatedSince,
    )
    return jsonRepresentation(
      paginate(items, query.value, url),
      lastModifiedOf(set),
      query.value.locale,
    )
  }

/**
 * An achieved certification turns expired at the start of the day after "Valid until" without
 * anyone saving it: that moment counts towards Last-Modified, or a client asking
 * If-Modified-Since would be told nothing changed.
 */
function certificationsLastModified({ items, lastModified }: PublishedSet<CertificationEntry>) {
  const today = todayUtc()
  const expiries = items
    .filter((item) => item.storedStatus === 'achieved' && item.validUntil)
    .map((item) => Date.parse(`${item.validUntil!.slice(0, 10)}T00:00:00.000Z`) + 86_400_000)
    .filter((time) => time <= Date.parse(`${today}T00:00:00.000Z`))
    .map((time) => new Date(time).toISOString())
  return newest([lastModified, ...expiries])?.toISOString() ?? null
}

export const certificationListEndpoint = publishedListEndpoint(
  readCertifications,
  (entry, locale) => toPublicCertification(entry, todayUtc(), locale),
  certificationsLastModified,
)

export const securityTopicListEndpoint = publishedListEndpoint(
  readSecurityTopics,
  toPublicSecurityTopic,
)

export const faqListEndpoint = publishedListEndpoint(readPublicFaq, toPublicFaqEntry)

export const documentListEndpoint = publishedListEndpoint(readDocuments, toPublicDocument)

/** The changes matching a query's filters; a subprocessor matches as the new or the replaced one. */
export function filterChanges(
  items: PublicChangeNotice[],
  { kind, status, subprocessor, since, updatedSince: updated }: ChangeQuery,
): PublicChangeNotice[] {
  const from = since ? Date.parse(since) : null
  return updatedSince(items, updated).filter(
    (item) =>
      (!kind || item.kind === kind) &&
      (!status || item.status === status) &&
      (!subprocessor ||
        item.subprocessor.slug === subprocessor ||
        item.replaces?.slug === subprocessor) &&
      (from === null || Date.parse(item.announcedAt) >= from),
  )
}

export const changeListEndpoint: Resolve = async (request) => {
  const url = new URL(request.url)
  const query = readChangeQuery(url.searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { items, lastModified } = await readPublishedChanges()
  // a change notice is the record of what was announced: in the source language, whatever is asked
  return jsonRepresentation(
    paginate(filterChanges(items, query.value), query.value, url),
    lastModified,
    DEFAULT_LOCALE,
  )
}

export const changeEndpoint: Resolve = withLocaleOnly(async (request, { slug }) => {
  const { items, lastModified } = await readPublishedChanges()
  const item = items.find((candidate) => candidate.slug === slug)
  return item
    ? jsonRepresentation({ data: item }, lastModified, DEFAULT_LOCALE)
    : notFound(request, 'change notice', slug)
})

export const openApiEndpoint: Resolve = withoutParameters(async () =>
  jsonRepresentation(openApiDocument(), null),
)

/** Path segments under /api/public/ that no route answers. */
export const unknownPublicPath: Resolve = async (request) =>
  problemResponse(
    problem(
      'not-found',
      `There is nothing at ${new URL(request.url).pathname}. The API index is ${API_BASE}; its description is ${API_BASE}/openapi.json.`,
      {
        instance: new URL(request.url).pathname,
      },
    ),
    CORS_HEADERS,
  )

// Exports

export const CSV_HEADER = csvHeaderIn(DEFAULT_LOCALE)

/**
 * The subprocessors as CSV rows: each field in words (src/schema/subprocessorValues.ts, in
 * another language src/public-api/csvWords.ts), lists joined with "; ", scopes by name, an empty
 * value as what it means ("All customers"). Texts without a translation are in the source
 * language, as in the API; a CSV has no place to say which.
 */
export function subprocessorCsvRows(
  items: PublicSubprocessor[],
  scopes: Pick<PublicScope, 'slug' | 'name'>[] = [],
  locale: Locale = DEFAULT_LOCALE,
): string[][] {
  const names = new Map(scopes.map((scope) => [scope.slug, scope.name]))
  const scopeName = (slug: string) => names.get(slug) ?? slug
  return items.map((item) => [
    ...csvFields.map((field) =>
      csvCellIn(field, item[field.name as keyof PublicSubprocessor], scopeName, locale),
    ),
    item.updatedAt,
    item.slug,
  ])
}

/** The CSV, of the whole list or (`?scope=a,b`) of the list for some scopes, in a language. */
export const subprocessorsCsv: Resolve = async (request) => {
  const query = readScopeQuery(new URL(request.url).searchParams)
  if (!query.ok) return invalidParamsResponse(query.invalidParams)
  const { locale } = query.value
  const scopes = await chosenScopes(query.value.scope, locale)
  if (!scopes.ok) return scopes.response
  const { items, lastModified } = await readPublishedSubprocessors(locale)
  const suffix = scopes.chosen ? `-${[...scopes.chosen].join('-')}`.slice(0, 120) : ''
  const language = locale === DEFAULT_LOCALE ? '' : `.${locale}`
  return {
    body: toCsv(
      csvHeaderIn(locale),
      subprocessorCsvRows(forScopes(items, scopes.chosen), scopes.scopes, locale),
    ),
    contentType: 'text/csv; charset=utf-8; header=present',
    lastModified: asDate(lastModified),
    headers: {
      'Content-Disposition': `attachment; filename="subprocessors${suffix}${language}.csv"`,
      ...inLanguage(locale),
    },
  }
}

export const subprocessorsJson: Resolve = withLocaleOnly(async (_request, _params, locale) => {
  const { items, lastModified } = await readPublishedSubprocessors(locale)
  return jsonRepresentation(
    {
      $schema: absoluteUrl(LIST_SCHEMA_PATH),
      data: items,
      totalItems: items.length,
      updatedAt: lastModified,
    },
    lastModified,
    locale,
  )
})

/** The list's JSON Schema: it changes only with the code (and the site's address). */
export const subprocessorsSchemaJson: Resolve = withoutParameters(async () => ({
  body: json(subprocessorListSchema()),
  contentType: 'application/schema+json; charset=utf-8',
  lastModified: null,
}))

// Discovery

/** The exports and feeds a machine can find from the discovery document. */
export const DISCOVERABLE_FORMATS = [
  { type: 'text/csv', path: '/subprocessors.csv', title: 'Subprocessor list (CSV)' },
  { type: 'application/json', path: '/subprocessors.json', title: 'Subprocessor list (JSON)' },
  {
    type: 'text/html',
    path: '/subprocessors/annex',
    title: 'Subprocessor annex for data processing agreements (printable)',
  },
  ...changeFeedList,
] as const

export const wellKnownSubprocessors: Resolve = withoutParameters(async () => {
  const [{ items, lastModified }, settings] = await Promise.all([
    readPublishedSubprocessors(DEFAULT_LOCALE),
    getSiteSettings(),
  ])
  return jsonRepresentation(
    {
      name: settings.companyName,
      trustCenter: absoluteUrl('/'),
      subprocessorList: absoluteUrl('/subprocessors'),
      schema: absoluteUrl(LIST_SCHEMA_PATH),
      updatedAt: lastModified,
      totalItems: items.length,
      contact: settings.contactEmail ? `mailto:${settings.contactEmail}` : null,
      api: {
        version: '1',
        baseUrl: absoluteUrl(API_BASE),
        openapi: absoluteUrl(`${API_BASE}/openapi.json`),
        documentation: absoluteUrl('/developers'),
        subprocessors: absoluteUrl(RESOURCES.subprocessors),
        changes: absoluteUrl(RESOURCES.changes),
      },
      feeds: DISCOVERABLE_FORMATS.map(({ type, path, title }) => ({
        type,
        href: absoluteUrl(path),
        title,
      })),
    },
    lastModified,
  )
})

export const wellKnownSecurityTxt: Resolve = withoutParameters(async () => {
  const contact = await readSecurityContact()
  if (!contact.email) {
    return problemResponse(
      problem('not-found', 'No security contact is configured yet.'),
      CORS_HEADERS,
    )
  }
  return {
    body: securityTxt({ ...contact, email: contact.email }, new Date()),
    contentType: 'text/plain; charset=utf-8',
    lastModified: null,
  }
})
