// The generated GraphQL API allows 10 root fields per operation (src/api-safety/limits.ts), and
// every document is measured with its fragments expanded before Payload sees it
// (src/api-safety/graphqlDocument.ts, in proxy.ts). Against the production server.
import { describe, expect, it } from 'vitest'
import { portalUrl as url } from '../helpers/portal'

const ask = async (query: string, accept = 'application/graphql-response+json') => {
  const response = await fetch(url('/api/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, body: await response.json() }
}

const aliases = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `c${from + i}: Categories { docs { name } }`).join(' ')

describe('GraphQL limits through fragments', () => {
  it('counts root fields behind fragments nested three deep', async () => {
    const response = await ask(`
      query { ...outer }
      fragment outer on Query { ${aliases(0, 2)} ...middle }
      fragment middle on Query { ${aliases(2, 3)} ...inner }
      fragment inner on Query { ${aliases(5, 6)} }`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('asks for 11 root fields')
  })

  it('counts inline fragments inside a spread', async () => {
    const response = await ask(`
      query { ...wrapper }
      fragment wrapper on Query { ... on Query { ... on Query { ${aliases(0, 11)} } } }`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('asks for 11 root fields')
  })

  it('refuses, at once, a fragment chain that doubles at every step (2^30 fields)', async () => {
    const steps = 30
    const fragments = Array.from({ length: steps }, (_, i) =>
      i === steps - 1
        ? `fragment f${i} on Query { ${aliases(0, 1)} }`
        : `fragment f${i} on Query { ...f${i + 1} ... on Query { ...f${i + 1} } }`,
    ).join('\n')
    const started = Date.now()
    const response = await ask(`query { ...f0 }\n${fragments}`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('once its fragments are expanded')
    expect(Date.now() - started).toBeLessThan(5_000)
    // a client that accepts only application/json gets GraphQL over HTTP's legacy answer
    const legacy = await ask(`query { ...f0 }\n${fragments}`, 'application/json')
    expect(legacy.status).toBe(200)
    expect(legacy.body.errors[0].message).toContain('once its fragments are expanded')
  })

  it('answers a query within the limits that uses fragments', async () => {
    const response = await ask(`
      query { ...some }
      fragment some on Query { ${aliases(0, 4)} ... on Query { ${aliases(4, 6)} } }`)
    expect(response.status).toBe(200)
    expect(response.body.data.c9.docs.length).toBeGreaterThan(0)
  })
})
