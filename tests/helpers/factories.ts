// Test fixtures, written once for both kinds of test: the integration tests write them through
// Payload's Local API (`localStore`), the browser tests through the running portal's REST API as
// the seeded admin (`restStore`). Each factory fills in what a test is not about.
import type { Payload } from 'payload'
import type { Category, Change, Subprocessor } from '@/payload-types'
import type { AdminRest } from './admin'

export const DAY = 86_400_000
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** Skips the cache revalidation that only a running Next.js server can do. */
export const quiet = { context: { disableRevalidate: true } }

type Slug =
  | 'categories'
  | 'scopes'
  | 'changes'
  | 'policies'
  | 'subprocessors'
  | 'certifications'
  | 'security-domains'
  | 'faq'
  | 'documents'
  | 'document-files'
  | 'media'
type Data = Record<string, unknown>

/** A file to upload with a record of an upload collection (document-files, media). */
export type UploadFile = { data: Buffer; mimetype: string; name: string }

/** Where fixtures are written and read. */
export type Store = {
  create(collection: Slug, data: Data, options?: { draft?: boolean }): Promise<unknown>
  update(collection: Slug, id: string, data: Data): Promise<unknown>
  findById(collection: Slug, id: string): Promise<unknown>
  /** The documents whose `field` equals `value` (all of them without a field), in their order. */
  find(collection: Slug, field?: string, value?: string): Promise<unknown[]>
  /** A record of an upload collection with its file. */
  upload(collection: 'document-files' | 'media', data: Data, file: UploadFile): Promise<unknown>
  delete(collection: Slug, id: string): Promise<unknown>
}

export function localStore(payload: Payload): Store {
  return {
    create: (collection, data, { draft } = {}) =>
      payload.create({ collection, data: data as never, draft, ...quiet }),
    update: (collection, id, data) =>
      payload.update({ collection, id, data: data as never, ...quiet }),
    findById: (collection, id) => payload.findByID({ collection, id, depth: 0 }),
    find: async (collection, field, value) =>
      (
        await payload.find({
          collection,
          where: field ? { [field]: { equals: value } } : {},
          limit: 100,
          depth: 0,
        })
      ).docs,
    upload: (collection, data, file) =>
      payload.create({
        collection,
        data: data as never,
        file: { ...file, size: file.data.length },
        ...quiet,
      }),
    delete: (collection, id) => payload.delete({ collection, id, ...quiet }),
  }
}

export function restStore(rest: AdminRest): Store {
  return {
    create: async (collection, data, { draft } = {}) =>
      (await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, data)).doc,
    update: async (collection, id, data) =>
      (await rest('PATCH', `/api/${collection}/${id}`, data)).doc,
    findById: (collection, id) => rest('GET', `/api/${collection}/${id}?depth=0`),
    find: async (collection, field, value) => {
      const where = field ? `&where[${field}][equals]=${encodeURIComponent(value ?? '')}` : ''
      return (await rest('GET', `/api/${collection}?limit=100&depth=0${where}`)).docs
    },
    upload: async (collection, data, file) => {
      // Payload's REST upload: the file and the other fields as JSON in `_payload`
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.set('_payload', JSON.stringify(data))
      return (await rest('POST', `/api/${collection}`, form)).doc
    },
    delete: (collection, id) => rest('DELETE', `/api/${collection}/${id}`),
  }
}

/** The id of the category with this slug, or of the first category in the list's order. */
export async function categoryId(store: Store, slug?: string): Promise<string> {
  const [category] = (await store.find('categories', slug && 'slug', slug)) as Category[]
  if (!category) throw new Error(`no category ${slug ?? ''}`)
  return category.id
}

export const categoryData = (name: string, extra: Data = {}) => ({ name, ...extra })

/** A subprocessor with every required field; `extra` sets what the test is about. */
export const subprocessorData = (name: string, category: string, extra: Data = {}) => ({
  name,
  category,
  purpose: 'Product analytics',
  dataProcessed: ['Usage events'],
  locations: ['Germany'],
  ...extra,
})

/**
 * Every field of the full SCC entry (issue 13) filled in, beside `subprocessorData`'s required
 * ones: what a test of the whole entry spreads in. `scopes`: ids of scopes it applies to.
 */
export const completeEntryData = (scopes: string[] = []) => ({
  nature: 'Storage and hosting',
  dataSubjects: ["Customers' end users", 'Our employees'],
  specialCategories: { processed: 'yes', which: ['Health data'] },
  retention: 'For the length of the contract, then deleted within 30 days',
  transferMechanisms: [
    { mechanism: 'eu-sccs', sccModule: '3', note: 'Signed with the DPA of 1 March 2024' },
    { mechanism: 'eu-us-dpf' },
  ],
  scopes,
  relationship: 'third-party',
  address: 'Example Street 1\n10115 Berlin',
  contact: { name: 'Jane Doe', role: 'Data Protection Officer', email: 'privacy@vendor.example' },
  onwardSubprocessorsUrl: 'https://vendor.example/subprocessors',
})

/** A scope (product, region or optional feature); its slug comes from the name. */
export const scopeOf = async (store: Store, name: string, extra: Data = {}) =>
  (await store.create('scopes', { name, kind: 'region', ...extra })) as {
    id: string
    slug: string
    name: string
  }

async function subprocessor(store: Store, name: string, extra: Data, status: string) {
  const category = (extra.category as string | undefined) ?? (await categoryId(store))
  const data = subprocessorData(name, category, { ...extra, _status: status })
  return (await store.create('subprocessors', data, { draft: status === 'draft' })) as Subprocessor
}

/** A subprocessor saved as a draft: what a change notice announces before it goes live. */
export const draftSubprocessor = (store: Store, name: string, extra: Data = {}) =>
  subprocessor(store, name, extra, 'draft')

/** A live subprocessor, published directly (only while the notice rule is off, or by the Local API). */
export const publishedSubprocessor = (store: Store, name: string, extra: Data = {}) =>
  subprocessor(store, name, extra, 'published')

export const findSubprocessor = async (store: Store, slug: string) =>
  ((await store.find('subprocessors', 'slug', slug)) as Subprocessor[])[0]

export const policyData = (title: string, body: unknown, extra: Data = {}) => ({
  title,
  body,
  _status: 'published',
  ...extra,
})

/**
 * A change notice, announced: by default the addition of `subprocessor` 31 days ahead (the notice
 * period is 30 days). Announcing emails every confirmed subscriber from the jobs queue.
 */
export const announceChange = async (store: Store, data: Data & { subprocessor: string }) =>
  (await store.create('changes', {
    status: 'announced',
    kind: 'addition',
    reason: 'We need product analytics.',
    effectiveDate: daysFromNow(31),
    ...data,
  })) as AnnouncedChange

/** What an announced change always has. */
export type AnnouncedChange = Change & { slug: string; title: string; announcedAt: string }

/** A change notice saved as a draft: never served, never emailed. */
export const draftChange = async (store: Store, data: Data & { subprocessor: string }) =>
  (await announceChange(store, {
    effectiveDate: daysFromNow(40),
    ...data,
    status: 'draft',
  })) as Change

export const cancelChange = async (store: Store, id: string) =>
  (await store.update('changes', id, { status: 'cancelled' })) as Change

/**
 * Announced changes cannot be deleted. Cancelled, they leave the change log, send no notice from a
 * queued job and never take effect, so other test files see no trace of them.
 */
export async function cancelAnnounced(store: Store, ids: string[]) {
  for (const id of ids) {
    const { status } = (await store.findById('changes', id)) as Change
    if (status === 'announced') await cancelChange(store, id)
  }
}
