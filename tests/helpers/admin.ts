import type { Page } from 'playwright-core'
import { inject } from 'vitest'

const portalUrl = (path: string) => new URL(path, inject('portalUrl')).toString()

export type AdminRest = (method: string, path: string, body?: unknown) => Promise<any>

/**
 * Signs in to the running portal (or another instance, at `base`) as the seeded admin. `rest`
 * sends an authenticated REST request (JSON, or a FormData body for an upload) and throws, with
 * the answer, on anything but 2xx (set-up steps must not fail silently).
 */
export async function signInAsAdmin(base?: string): Promise<{ token: string; rest: AdminRest }> {
  const url = (path: string) => (base ? new URL(path, base).toString() : portalUrl(path))
  const login = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  if (!token) throw new Error(`admin sign-in failed with ${login.status}`)
  const rest: AdminRest = async (method, path, body) => {
    // a FormData body (an upload) sets its own multipart content type
    const form = body instanceof FormData
    const response = await fetch(url(path), {
      method,
      headers: {
        authorization: `JWT ${token}`,
        ...(!form && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  }
  return { token, rest }
}

/**
 * Opens the live preview of the edit view on `page`, whatever the signed-in user's saved choice
 * (Payload remembers per user whether it was open, so a click could close it), and returns what
 * puts that choice back, for the next test file that signs in as the same user.
 */
export async function openLivePreview(page: Page): Promise<() => Promise<void>> {
  const toggler = page.locator('#live-preview-toggler')
  await toggler.waitFor()
  const isOpen = async () =>
    ((await toggler.getAttribute('class')) ?? '').includes('live-preview-toggler--active')
  const wasOpen = await isOpen()
  // the click flips the button at once; the choice is saved by a request that follows
  const toggle = async () => {
    const before = await isOpen()
    await toggler.click()
    for (let i = 0; i < 50 && (await isOpen()) === before; i++) await page.waitForTimeout(100)
    await page.waitForLoadState('networkidle')
  }
  if (!wasOpen) await toggle()
  await page.locator('#live-preview-iframe').waitFor({ state: 'visible' })
  return async () => {
    if (!wasOpen && (await isOpen())) await toggle()
  }
}

/**
 * How long a step in the admin may take in a browser test. The admin's screens are rendered on
 * the server and, on a loaded 2-core machine, one can take longer than Playwright's 30 s default.
 */
export const ADMIN_STEP_MS = 60_000

/**
 * Signs `page` in to the admin through its login form, as an editor does (the admin's cookie and
 * its CSRF checks apply), and gives every step on the page's context ADMIN_STEP_MS.
 */
export async function signInThroughForm(page: Page) {
  page.context().setDefaultTimeout(ADMIN_STEP_MS)
  await page.goto(portalUrl('/admin/login'))
  await page.fill('#field-email', process.env.ADMIN_EMAIL!)
  await page.fill('#field-password', process.env.ADMIN_PASSWORD!)
  await page.click('button[type=submit]')
  await page.waitForURL((u) => u.pathname === '/admin')
}
