// What the portal offers besides pages: the list as CSV and JSON, the printable annex, and the
// discovery files (security.txt, /.well-known/subprocessors.json, developer documentation),
// against the production build served by `next start`.
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser } from '../helpers/browser'
import { findSubprocessor, restStore, scopeOf } from '../helpers/factories'
import { parseCsv } from '../helpers/openapi'
import { get, portalUrl as url } from '../helpers/portal'
import { API, type Contract, servedContract, settleEndpoints } from '../helpers/public-api'

let adminRest: AdminRest
let contract: Contract
// a scope, so the annex offers its form of scopes (checked with axe below)
let scope: { slug: string }

beforeAll(async () => {
  adminRest = (await signInAsAdmin()).rest
  scope = await scopeOf(restStore(adminRest), `Exports Region ${Date.now().toString(36)}`)
  contract = await servedContract()
  await settleEndpoints(contract)
})

describe('the exports of the subprocessor list', () => {
  let twilioId: string
  // in fields that publish directly (the legal entity is material: it changes only by notice)
  const nasty = {
    address: '=HYPERLINK("http://evil.example","Click"), with a comma\nLine two "quoted"',
    notes: '@SUM(1+1)',
  }

  beforeAll(async () => {
    twilioId = (await findSubprocessor(restStore(adminRest), 'twilio')).id
    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, { ...nasty, _status: 'published' })
  })

  afterAll(async () => {
    await adminRest('PATCH', `/api/subprocessors/${twilioId}`, {
      address: '',
      notes: '',
      _status: 'published',
    })
  })

  it('gives a CSV that opens cleanly: one row per subprocessor, quotes, commas and line breaks kept, formulas neutralised', async () => {
    const csv = await fetch(url('/subprocessors.csv'))
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="subprocessors.csv"')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 byte order mark, for spreadsheets
    const rows = parseCsv(bytes.subarray(3).toString('utf8'))
    const [header, ...data] = rows
    expect(header).toEqual(
      expect.arrayContaining([
        'Name',
        'Legal entity',
        'Purpose',
        'Data processed',
        'Locations',
        'Security information',
        'Slug',
      ]),
    )
    expect(new Set(rows.map((row) => row.length)).size).toBe(1)
    const list = (await get('/subprocessors.json')).body as {
      data: Array<{ slug: string }>
      totalItems: number
    }
    expect(data.map((row) => row[header.indexOf('Slug')])).toEqual(
      list.data.map((item) => item.slug),
    )
    const twilio = data.find((row) => row[header.indexOf('Slug')] === 'twilio')!
    expect(twilio[header.indexOf('Registered address')]).toBe(`'${nasty.address}`)
    expect(twilio[header.indexOf('Notes')]).toBe(`'${nasty.notes}`)
    for (const row of data)
      for (const cell of row)
        expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^\s*[=+\-@]/)
  })

  it('gives the same list as JSON, and the printable annex with every subprocessor', async () => {
    const list = (await get('/subprocessors.json')).body as {
      data: Array<{ name: string; securityUrl: string | null }>
    }
    const annex = await get('/subprocessors/annex')
    expect(annex.status).toBe(200)
    expect(annex.text.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(annex.text.includes('<main')).toBe(true)
    const rows = annex.text.match(/<tr>/g) ?? []
    expect(rows.length).toBe(list.data.length + 1) // and the header row
    for (const item of list.data) {
      if (item.securityUrl)
        expect(annex.text.includes(`href="${item.securityUrl}"`), item.name).toBe(true)
    }
    expect(
      /<link rel="alternate" type="text\/csv"[^>]*href="[^"]*\/subprocessors\.csv"/.test(
        annex.text,
      ),
    ).toBe(true)
    expect(
      /<link rel="alternate" type="application\/json"[^>]*href="[^"]*\/subprocessors\.json"/.test(
        annex.text,
      ),
    ).toBe(true)
  })
})

describe('discovery files and developer documentation', () => {
  it('publishes a security.txt that parses (RFC 9116)', async () => {
    const response = await get('/.well-known/security.txt')
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const fields = new Map<string, string[]>()
    for (const line of response.text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      const match = /^([A-Za-z-]+): (.+)$/.exec(line)
      expect(match, `line ${JSON.stringify(line)}`).not.toBeNull()
      fields.set(match![1].toLowerCase(), [
        ...(fields.get(match![1].toLowerCase()) ?? []),
        match![2],
      ])
    }
    expect(fields.get('contact')).toEqual(['mailto:support@joinclicki.com'])
    expect(fields.get('expires')).toHaveLength(1)
    const expires = Date.parse(fields.get('expires')![0])
    expect(expires).toBeGreaterThan(Date.now())
    expect(expires - Date.now()).toBeLessThan(365 * 24 * 3600 * 1000)
    expect(fields.get('canonical')).toEqual([url('/.well-known/security.txt')])
    expect(fields.get('preferred-languages')).toEqual(['en'])
  })

  it('points from /.well-known/subprocessors.json to addresses that answer', async () => {
    const discovery = (await get('/.well-known/subprocessors.json')).body as {
      api: Record<string, string>
      feeds: Array<{ href: string; type: string }>
    }
    const targets = [
      ...Object.entries(discovery.api)
        .filter(([key]) => key !== 'version')
        .map(([, href]) => href),
      ...discovery.feeds.map((feed) => feed.href),
    ]
    for (const target of targets) {
      const response = await fetch(target, { method: 'HEAD' })
      expect(response.status, target).toBe(200)
    }
    expect(discovery.api.changes).toBe(url(`${API}/changes`))
    expect(discovery.feeds.map((feed) => new URL(feed.href).pathname)).toEqual(
      expect.arrayContaining(['/changes/rss.xml', '/changes/atom.xml', '/changes/feed.json']),
    )
    const index = (await get(API)).body as { data: { resources: Record<string, string> } }
    expect(index.data.resources.changes).toBe(`${API}/changes`)
  })

  it('publishes a JSON Schema that the live list follows, named by the list and the discovery document', async () => {
    const served = await get('/.well-known/subprocessors.schema.json')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^application\/schema\+json/)
    const schema = served.body as { $schema: string; $id: string; title: string }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(url('/.well-known/subprocessors.schema.json'))
    expect(schema.title).toMatch(/version \d+\.\d+\.\d+/)

    const list = (await get('/subprocessors.json')).body as {
      $schema: string
      data: Array<Record<string, unknown>>
    }
    expect(list.$schema).toBe(schema.$id)
    const discovery = (await get('/.well-known/subprocessors.json')).body as { schema: string }
    expect(discovery.schema).toBe(schema.$id)

    // strict: a keyword the validator does not know is an error, not silently ignored
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(list.data.length).toBeGreaterThan(0)
    expect(validate(list), ajv.errorsText(validate.errors)).toBe(true)

    // and it holds the list to something: a missing name, an unknown field and a bad address fail
    const broken = structuredClone(list)
    delete broken.data[0].name
    broken.data[1].surprise = true
    broken.data[2].websiteUrl = 'not an address'
    expect(validate(broken)).toBe(false)
    const failures = (validate.errors ?? []).map(
      (error) => `${error.instancePath} ${error.message}`,
    )
    expect(failures).toEqual(
      expect.arrayContaining([
        "/data/0 must have required property 'name'",
        '/data/1 must NOT have additional properties',
        '/data/2/websiteUrl must match format "uri"',
      ]),
    )
  })

  it('renders the developer documentation from the OpenAPI document, accessibly', async () => {
    const page = await get('/developers')
    expect(page.status).toBe(200)
    expect(page.text.match(/<h1[\s>]/g)).toHaveLength(1)
    for (const path of Object.keys(contract.doc.paths))
      expect(page.text.includes(`GET ${path}`), path).toBe(true)
    for (const type of ['invalid-parameter', 'not-found', 'method-not-allowed', 'server-error']) {
      expect(page.text.includes(`id="problem-${type}"`), type).toBe(true)
    }
    // the webhooks' contract, with the headers to check and the verification example
    for (const text of ['id="webhooks"', 'webhook-signature', 'verifyWebhook', 'change.effective'])
      expect(page.text.includes(text), text).toBe(true)
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext()
      const tab = await context.newPage()
      for (const path of [
        '/developers',
        '/subprocessors/annex',
        `/subprocessors/annex?scope=${scope.slug}`,
      ]) {
        await tab.goto(url(path))
        expect(JSON.stringify(await axeViolations(tab)), path).toBe('[]')
      }
    } finally {
      await browser.close()
    }
  })
})
