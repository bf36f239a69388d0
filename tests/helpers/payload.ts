import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'
import type { CustomerAccount } from '@/payload-types'
import { seed } from '@/seed'
import { quiet } from './factories'

let seeded: Promise<Payload> | null = null

/**
 * The real Payload on the test database, with the Clicki seed loaded (the seed is idempotent) and
 * the rule that material changes go through change notices switched off.
 */
export function seededPayload(): Promise<Payload> {
  seeded ??= getPayload({ config }).then(async (payload) => {
    await seed(payload)
    // Most tests publish directly; the notice and change-log tests switch the notice rule back on.
    await payload.updateGlobal({ slug: 'trust-center', data: { requireNotice: false }, ...quiet })
    return payload
  })
  return seeded
}

export { quiet }

const graphqlHandler = GRAPHQL_POST(config)

type RestOptions = {
  body?: unknown
  rawBody?: string
  token?: string
  headers?: Record<string, string>
}

/**
 * Sends a real HTTP request through Payload's REST and GraphQL handlers (the same functions the
 * Next.js routes in `app/(payload)/api/` call), and returns status and parsed body.
 */
export async function rest(method: string, path: string, options: RestOptions = {}) {
  const headers: Record<string, string> = { ...options.headers }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  })
  const pathname = new URL(request.url).pathname
  const response =
    pathname === '/api/graphql'
      ? await graphqlHandler(request)
      : await handleEndpoints({ config, request, path: pathname })
  const text = await response.text()
  let json: any = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { raw: text }
  }
  return { status: response.status, body: json, headers: response.headers }
}

/** A customer account created over REST by an admin (`token`), as staff would; fails unless created. */
export async function createAccount(token: string, data: Record<string, unknown>) {
  const response = await rest('POST', '/api/customer-accounts', { token, body: data })
  if (response.status !== 201)
    throw new Error(`account not created: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc as CustomerAccount
}

export async function login(email: string, password: string): Promise<string> {
  const { status, body } = await rest('POST', '/api/users/login', { body: { email, password } })
  if (status !== 200 || !body?.token)
    throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
  return body.token
}

/** The password `tokenFor` gives every test user (long enough for the password rule, and
 * naming no role, since a password may not contain the account's email name). */
export const testPassword = (_role?: 'admin' | 'editor') => 'Tests only: a sign-in, not secret'

/** Creates (once) a user with the given role and returns a REST token for it. */
export async function tokenFor(
  role: 'admin' | 'editor',
  email = `${role}@tests.invalid`,
): Promise<string> {
  const payload = await seededPayload()
  const password = testPassword(role)
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password, role, name: `Test ${role}` },
      ...quiet,
    })
  }
  return login(email, password)
}
