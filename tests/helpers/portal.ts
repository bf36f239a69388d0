// The running portal (tests/setup/portal-server.ts) as the browser tests read it with plain fetch.
import { inject } from 'vitest'
import { startPortal } from '../../scripts/portal.mjs'

export const portalUrl = (path = '/') => new URL(path, inject('portalUrl')).toString()

export type Fetched = { status: number; headers: Headers; text: string; body: unknown }

/** One request, redirects not followed; JSON answers parsed into `body`. */
export async function get(path: string, init: RequestInit = {}): Promise<Fetched> {
  const response = await fetch(portalUrl(path), { redirect: 'manual', ...init })
  const text = await response.text()
  let body: unknown = text
  if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text)
  if (response.status === 304 || init.method === 'HEAD') body = text === '' ? null : text
  return { status: response.status, headers: response.headers, text, body }
}

/** A page's HTML, redirects not followed. */
export async function page(path: string) {
  const { status, headers, text } = await get(path)
  return { status, headers, html: text }
}

/** Polls (bounded) until the anonymous page satisfies `check`: pages are revalidated on demand. */
export async function eventually(
  path: string,
  check: (html: string, status: number) => boolean,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs
  let last = { html: '', status: 0 }
  while (Date.now() < deadline) {
    const response = await fetch(portalUrl(path), { cache: 'no-store' })
    last = { html: await response.text(), status: response.status }
    if (check(last.html, last.status)) return last
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${path} never matched; last status ${last.status}`)
}

/**
 * Another `next start` of the browser tests' build, on their database, as a second instance of the
 * portal would be: it serves the first server's public address (the build was made for it).
 * `env` is the environment on top of the tests' own.
 */
export const startAnotherInstance = (env: Record<string, string | undefined> = {}) =>
  startPortal({
    env: { ...process.env, ...env },
    distDir: process.env.E2E_DIST_DIR || '.next-test',
    build: false,
    fresh: false,
    serverUrl: inject('portalUrl'),
  })
