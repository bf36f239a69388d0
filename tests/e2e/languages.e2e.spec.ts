// The portal in German: `/de/…` addresses rendering German content with `lang="de"`, the source
// language (English) filling in, marked, each text without a translation; `hreflang` alternates,
// a language switcher that works without JavaScript, English addresses unchanged. Against the
// production build, with a German translation saved through the admin's REST API as an editor
// would (a translation is not a change: no notice needed).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { textOf, withoutScripts } from '../helpers/html'
import { eventually, get, page as fetchPage, portalUrl } from '../helpers/portal'

const GERMAN_PURPOSE = 'Zahlungsabwicklung und Auszahlungen für Empfehlungsprämien'

let rest: AdminRest
let browser: Browser
let stripe: { id: string; purpose: string; dataProcessed: string[] }

const linkTag = (html: string, hreflang: string) =>
  html.match(new RegExp(`<link[^>]*hrefLang="${hreflang}"[^>]*>`, 'i'))?.[0] ?? ''

beforeAll(async () => {
  rest = (await signInAsAdmin()).rest
  stripe = (await rest('GET', '/api/subprocessors?where[slug][equals]=stripe&depth=0')).docs[0]
  await rest('PATCH', `/api/subprocessors/${stripe.id}?locale=de`, {
    purpose: GERMAN_PURPOSE,
    _status: 'published',
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  // an empty translation reads as the English again
  await rest('PATCH', `/api/subprocessors/${stripe.id}?locale=de`, {
    purpose: '',
    _status: 'published',
  })
  await browser?.close()
})

describe('a German page', () => {
  it('renders German text with lang="de", the English filling in marked per field', async () => {
    const { status, html } = await eventually(`/de/subprocessors/stripe`, (page) =>
      page.includes(GERMAN_PURPOSE),
    )
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    const text = textOf(withoutScripts(html))
    expect(text).toContain('Zweck') // the field's label in German
    expect(text).toContain(GERMAN_PURPOSE)
    expect(text).not.toContain(stripe.purpose)
    // data processed has no German: shown in English, marked for readers and screen readers
    const marked = html.match(/<span lang="en" class="untranslated">([\s\S]*?)<\/span><\/dd>/)
    expect(marked?.[1]).toContain(stripe.dataProcessed[0])
    expect(textOf(marked?.[1] ?? '')).toMatch(/\(\s*auf Englisch\s*\)/)
    expect(text).toContain('Unterauftragsverarbeiter') // the navigation
  })

  it('names its other languages, and the switcher is plain links', async () => {
    const { html } = await fetchPage('/de/subprocessors/stripe')
    expect(linkTag(html, 'en')).toContain(`href="${portalUrl('/subprocessors/stripe')}"`)
    expect(linkTag(html, 'de')).toContain(`href="${portalUrl('/de/subprocessors/stripe')}"`)
    expect(html).toMatch(/<link[^>]*rel="canonical"[^>]*href="[^"]*\/de\/subprocessors\/stripe"/)
    expect(html).toMatch(/<a href="\/subprocessors\/stripe" hrefLang="en" lang="en">English<\/a>/)

    const context = await newContext(browser, { javaScript: false })
    const tab = await context.newPage()
    await tab.goto(portalUrl('/de/subprocessors/stripe'))
    await tab.getByRole('link', { name: 'English' }).click()
    await tab.waitForURL(/\/subprocessors\/stripe$/)
    expect(await tab.locator('html').getAttribute('lang')).toBe('en')
    expect(await tab.locator('main').innerText()).toContain(stripe.purpose)
    await tab.getByRole('link', { name: 'Deutsch' }).click()
    await tab.waitForURL(/\/de\/subprocessors\/stripe$/)
    expect(await tab.locator('main').innerText()).toContain(GERMAN_PURPOSE)
    await context.close()
  })

  it('passes axe-core and keeps its links in German', async () => {
    const context = await newContext(browser)
    const tab = await context.newPage()
    await tab.goto(portalUrl('/de/subprocessors'))
    expect(await axeViolations(tab)).toEqual([])
    const hrefs = await tab
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toContain('/de/subprocessors')
    expect(hrefs).toContain('/de/changes')
    // the list's own words, and its filter form staying on the German page
    const main = await tab.locator('main').innerText()
    expect(main).toContain('Angekündigte Änderungen')
    expect(main).toMatch(/\d+ Unterauftragsverarbeiter in \d+ Kategorien?\./)
    expect(await tab.locator('form[role=search]').getAttribute('action')).toBe('/de/subprocessors')
    await context.close()
  })
})

describe('the German overview', () => {
  it('is in German around the content, and its links stay German', async () => {
    const { status, html } = await fetchPage('/de')
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    const text = textOf(withoutScripts(html))
    expect(text).toContain('In diesem Trust Center')
    expect(text).toMatch(/\d+ Unterauftragsverarbeiter: wer sie sind/)
    expect(html).toContain('href="/de/subprocessors"')
    expect(html).not.toContain('href="/subprocessors"')
  })
})

// documents, the FAQ, access, the security policy in German (below this line)

// changes, subscribing, objecting, policies in German (below this line)

// annex, table, developers, page titles in German (below this line)

describe('the English addresses', () => {
  it('stay as they were; /en/… is sent to them', async () => {
    const english = await fetchPage('/subprocessors/stripe')
    expect(english.status).toBe(200)
    expect(english.html).toMatch(/<html[^>]* lang="en"/)
    expect(textOf(withoutScripts(english.html))).toContain(stripe.purpose)
    expect(linkTag(english.html, 'de')).toContain(`href="${portalUrl('/de/subprocessors/stripe')}"`)

    const named = await get('/en/subprocessors?category=payments')
    expect(named.status).toBe(308)
    expect(named.headers.get('location')).toMatch(/\/subprocessors\?category=payments$/)
  })

  it('the sitemap lists every page in every language', async () => {
    const { text } = await get('/sitemap.xml')
    expect(text).toContain(`hreflang="de" href="${portalUrl('/de/subprocessors/stripe')}"`)
  })
})
