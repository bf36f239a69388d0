import { inject } from 'vitest'

const url = (path: string) => new URL(path, inject('portalUrl')).toString()

export type AdminRest = (method: string, path: string, body?: unknown) => Promise<any>

/**
 * Signs in to the running portal as the seeded admin. `rest` sends an authenticated REST request
 * and throws, with the answer, on anything but 2xx (set-up steps must not fail silently).
 */
export async function signInAsAdmin(): Promise<{ token: string; rest: AdminRest }> {
  const login = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`admin sign-in failed with ${login.status}`)
  const rest: AdminRest = async (method, path, body) => {
    const response = await fetch(url(path), {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  return { token, rest }
}
