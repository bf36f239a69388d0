import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  loadPublishedCategories,
  loadPublishedPolicies,
  loadPublishedScopes,
  loadPublishedSubprocessors,
} from '@/data/publicApi'
import { toCsv } from '@/public-api/csv'
import { CSV_HEADER, forScopes, subprocessorCsvRows } from '@/public-api/resources'
import { lastWithdrawal } from '@/public-api/withdrawals'
import {
  draftSubprocessor,
  localStore,
  publishedSubprocessor,
  quiet,
  scopeOf,
  type Store,
} from '../helpers/factories'
import { createContract, parseCsv } from '../helpers/openapi'
import { seededPayload } from '../helpers/payload'

// What the public API serves, read from the real database by the loaders its endpoints call; the
// endpoints themselves are tested through the production server in tests/e2e/public-api-*.

let payload: Payload
let store: Store
const contract = createContract()

beforeAll(async () => {
  payload = await seededPayload()
  store = localStore(payload)
})

describe('the public API serialisers', () => {
  it('map published subprocessors to the v1 contract, with no internal fields and no drafts', async () => {
    const draft = await draftSubprocessor(store, `Zz public API draft ${Date.now()}`)
    const { items, lastModified } = await loadPublishedSubprocessors(payload)
    expect(items.map((item) => item.slug)).not.toContain(draft.slug)
    const stripe = items.find((item) => item.slug === 'stripe')!
    expect(stripe).toMatchObject({
      name: 'Stripe',
      category: { slug: 'payments-and-payouts', name: 'Payments and Payouts' },
      legalEntity: null,
      transferSafeguards: [],
    })
    expect(stripe.portalUrl).toMatch(/\/subprocessors\/stripe$/)
    expect(stripe).not.toHaveProperty('id')
    expect(stripe).not.toHaveProperty('_status')
    expect(items.find((item) => item.slug === 'dots')?.legalEntity).toBe('Divisible Inc.')
    for (const item of items) expect(contract.checkSchema('Subprocessor', item)).toEqual([])
    expect(Date.parse(lastModified!)).toBeGreaterThanOrEqual(
      Math.max(...items.map((item) => Date.parse(item.updatedAt))),
    )
  })

  it('label transfer safeguards and keep their codes', async () => {
    const doc = await publishedSubprocessor(store, `Zz safeguarded ${Date.now()}`, {
      transferSafeguards: ['eu-sccs', 'eu-us-dpf'],
    })
    const item = (await loadPublishedSubprocessors(payload)).items.find(
      (candidate) => candidate.slug === doc.slug,
    )!
    expect(item.transferSafeguards).toEqual([
      { code: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
      { code: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
    ])
  })

  it('keep serving the old safeguards, derived from the mechanisms', async () => {
    const doc = await publishedSubprocessor(store, `Zz mechanisms ${Date.now()}`, {
      transferMechanisms: [
        { mechanism: 'uk-addendum' },
        { mechanism: 'uk-idta' },
        { mechanism: 'swiss-addendum' },
      ],
    })
    const item = (await loadPublishedSubprocessors(payload)).items.find(
      (candidate) => candidate.slug === doc.slug,
    )!
    expect(item.transferMechanisms.map(({ code }) => code)).toEqual([
      'uk-addendum',
      'uk-idta',
      'swiss-addendum',
    ])
    expect(item.transferSafeguards).toEqual([
      { code: 'uk-idta', label: 'UK International Data Transfer Addendum' },
    ])
  })

  it('name scopes by slug, and give a customer the entries for everyone plus their scopes', async () => {
    const run = Date.now().toString(36)
    const region = await scopeOf(store, `Zz Region ${run}`)
    const feature = await scopeOf(store, `Zz Feature ${run}`, { kind: 'feature' })
    const inRegion = await publishedSubprocessor(store, `Zz regional ${run}`, {
      scopes: [region.id],
    })
    const withFeature = await publishedSubprocessor(store, `Zz featured ${run}`, {
      scopes: [feature.id],
    })
    const { items } = await loadPublishedSubprocessors(payload)
    expect(items.find((item) => item.slug === inRegion.slug)?.scopes).toEqual([region.slug])
    const everyone = items.filter((item) => item.scopes.length === 0).map((item) => item.slug)
    expect(everyone).toContain('stripe')

    const forRegion = forScopes(items, new Set([region.slug])).map((item) => item.slug)
    expect(forRegion).toEqual(
      items
        .filter((item) => item.slug === inRegion.slug || everyone.includes(item.slug))
        .map((item) => item.slug),
    )
    expect(forRegion).not.toContain(withFeature.slug)
    expect(forScopes(items, new Set([region.slug, feature.slug])).length).toBe(forRegion.length + 1)
    expect(forScopes(items, null)).toEqual(items)

    // the CSV for the region: its rows, the scope by name, "All customers" for the others
    const scopes = (await loadPublishedScopes(payload)).items
    const csv = parseCsv(
      toCsv(
        CSV_HEADER,
        subprocessorCsvRows(forScopes(items, new Set([region.slug])), scopes),
      ).slice(1),
    )
    const appliesTo = csv[0].indexOf('Applies to')
    const slug = csv[0].indexOf('Slug')
    const rowOf = (wanted: string) => csv.find((row) => row[slug] === wanted)
    expect(rowOf(inRegion.slug)?.[appliesTo]).toBe(region.name)
    expect(rowOf('stripe')?.[appliesTo]).toBe('All customers')
    expect(rowOf(withFeature.slug)).toBeUndefined()

    // the scopes themselves, in the contract's shape
    const served = scopes.find((scope) => scope.slug === feature.slug)
    expect(served).toMatchObject({
      name: feature.name,
      kind: { code: 'feature', label: 'Optional feature' },
      description: null,
    })
    for (const scope of scopes) expect(contract.checkSchema('Scope', scope)).toEqual([])
  })

  it('map categories and policies to the contract', async () => {
    const categories = await loadPublishedCategories(payload)
    for (const item of categories.items) expect(contract.checkSchema('Category', item)).toEqual([])
    const policies = await loadPublishedPolicies(payload)
    expect(policies.items.map((item) => item.slug)).toContain('contact')
    for (const item of policies.items) expect(contract.checkSchema('Policy', item)).toEqual([])
  })

  it('give a policy body as HTML, plain text and the stored Lexical JSON', async () => {
    const { items } = await loadPublishedPolicies(payload)
    const contact = items.find((item) => item.slug === 'contact')!
    expect(contact.body.html).toMatch(/^<p>/)
    expect(contact.body.html).toContain(
      '<a href="mailto:support@joinclicki.com">support@joinclicki.com</a>',
    )
    expect(contact.body.text).toContain('support@joinclicki.com')
    expect(contact.body.text).not.toMatch(/<[a-z]/)
    expect(contact.body.lexical.root.type).toBe('root')
  })
})

describe('Last-Modified of a list', () => {
  it('moves when a published entry is unpublished, not when a draft is saved over it or a draft is deleted', async () => {
    const doc = await publishedSubprocessor(store, `Zz withdrawn ${Date.now()}`)
    const before = await lastWithdrawal(payload, 'subprocessors')

    await payload.update({
      collection: 'subprocessors',
      id: doc.id,
      data: { purpose: 'A draft edit' },
      draft: true,
      ...quiet,
    })
    expect(await lastWithdrawal(payload, 'subprocessors')).toBe(before)

    await payload.update({
      collection: 'subprocessors',
      id: doc.id,
      data: { _status: 'draft' },
      ...quiet,
    })
    const unpublished = await lastWithdrawal(payload, 'subprocessors')
    expect(unpublished).not.toBe(before)
    expect(Date.parse(unpublished!)).toBeGreaterThanOrEqual(Date.parse(doc.updatedAt))

    expect((await loadPublishedSubprocessors(payload)).lastModified! >= unpublished!).toBe(true)

    // a published subprocessor cannot be deleted; a draft never published was never visible
    const draft = await draftSubprocessor(store, `Zz never published ${Date.now()}`)
    await payload.delete({ collection: 'subprocessors', id: draft.id, ...quiet })
    expect(await lastWithdrawal(payload, 'subprocessors')).toBe(unpublished)
  })
})
