import { beforeAll, describe, expect, it } from 'vitest'
import { rest, seededPayload } from '../helpers/payload'

// Payload's generated REST and GraphQL APIs, through the handlers the Next.js routes call: the
// limits of src/api-safety/ turn abusive queries into a 400 with a message, before they run.

beforeAll(async () => {
  await seededPayload()
})

describe('the generated REST and GraphQL APIs', () => {
  const nested = (levels: number) => {
    let where: unknown = { name: { equals: 'Stripe' } }
    for (let i = 0; i < levels; i++) where = { and: [where] }
    return encodeURIComponent(JSON.stringify(where))
  }

  it.each([
    ['limit=1000000000', /limit must be/],
    ['limit=0', /limit must be/],
    ['pagination=false', /pagination=false/],
    ['page=0', /page must be/],
    ['depth=50', /depth must be/],
    [`where=${nested(50)}`, /nests and\/or/],
    ['where={not json', /not valid JSON/],
    ['where[order][greater_than]=abc', /does not fit/],
    ['where[name][equals][$gt]=', /plain value/],
    ['where[name][near]=1,2', /not available/],
    [`where[id][in]=${Array(500).fill('x').join(',')}`, /at most 100/],
    [`sort=${'name,'.repeat(20)}`, /sort/],
    ['sort=na%00me', /sort must list/],
    ['sort=category.name', /no nested paths/],
  ])('refuse %s with a 400 and a message', async (query, message) => {
    const collection = query.startsWith('where[order]') ? 'categories' : 'subprocessors'
    const response = await rest('GET', `/api/${collection}?${query}`)
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
  })

  it('still serve reasonable queries, with relationships populated', async () => {
    const response = await rest('GET', `/api/subprocessors?limit=100&depth=1&where=${nested(3)}`)
    expect(response.status).toBe(200)
    expect(response.body.docs[0]).toMatchObject({
      name: 'Stripe',
      category: { slug: 'payments-and-payouts' },
    })
  })

  it('refuse abusive GraphQL before running it: 400 for graphql-response+json, errors without data for application/json', async () => {
    const queries = [
      '{ Subprocessors(limit: 100000) { docs { name } } }',
      '{ Subprocessors(pagination: false) { docs { name } } }',
      `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: Categories { docs { name } }`).join(' ')} }`,
    ]
    for (const query of queries) {
      const modern = await rest('POST', '/api/graphql', {
        body: { query },
        headers: { accept: 'application/graphql-response+json' },
      })
      expect(modern.status, query).toBe(400)
      expect(modern.body.errors[0].message).toMatch(/limit|pagination|root fields/)
      const legacy = await rest('POST', '/api/graphql', {
        body: { query },
        headers: { accept: 'application/json' },
      })
      expect(legacy.status).toBe(200)
      expect(legacy.body.data).toBeUndefined()
    }
    const variables = await rest('POST', '/api/graphql', {
      body: {
        query: 'query($n: Int) { Subprocessors(limit: $n) { docs { name } } }',
        variables: { n: 5000 },
      },
      headers: { accept: 'application/graphql-response+json' },
    })
    expect(variables.status).toBe(400)
    const fine = await rest('POST', '/api/graphql', {
      body: { query: '{ Subprocessors(limit: 100) { docs { name category { name } } } }' },
      headers: { accept: 'application/graphql-response+json' },
    })
    expect(fine.status).toBe(200)
    expect(fine.body.data.Subprocessors.docs.length).toBeGreaterThan(0)
  })
})
