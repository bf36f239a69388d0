import fs from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

const require = createRequire(import.meta.url)

// Debian's Chromium; never a downloaded browser.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

export { portalUrl } from './portal'

export function newContext(
  browser: Browser,
  options: { javaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    baseURL: inject('portalUrl'),
  })
}

/**
 * Makes every frame of `context` report a Content-Security-Policy violation as a console error,
 * where a test's console watch sees it (Chromium's own "Refused to …" line is not always one).
 */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      ),
    )
  })
}

type AxeViolation = { id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }

/** Runs axe-core inside the page against WCAG 2.0/2.1/2.2 A and AA and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not
  // govern: a <script> tag (addScriptTag) would be refused, as the policy intends.
  await page.evaluate(`${fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n;void 0`)
  return page.evaluate(async () => {
    const axe: {
      run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }>
    } = Reflect.get(window, 'axe')
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
      },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
}
