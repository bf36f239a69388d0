// The portal in German: `/de/…` addresses rendering German content with `lang="de"`, the source
// language (English) filling in, marked, each text without a translation; `hreflang` alternates,
// a language switcher that works without JavaScript, English addresses unchanged. Against the
// production build, with a German translation saved through the admin's REST API as an editor
// would (a translation is not a change: no notice needed).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { restStore, scopeOf } from '../helpers/factories'
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

describe('option words, the annex, the table and /developers in German', () => {
  const run = Date.now().toString(36)
  let plain: { id: string }
  let scope: { id: string; slug: string; name: string }
  const titleOf = (html: string) => textOf(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')

  beforeAll(async () => {
    // the seed names no relationship; it publishes directly (not a material field)
    plain = (await rest('GET', '/api/subprocessors?where[slug][equals]=plain&depth=0')).docs[0]
    await rest('PATCH', `/api/subprocessors/${plain.id}`, {
      relationship: 'affiliate',
      _status: 'published',
    })
    scope = await scopeOf(restStore(rest), `Sprachregion ${run}`)
  })

  afterAll(async () => {
    await rest('PATCH', `/api/subprocessors/${plain.id}`, {
      relationship: null,
      _status: 'published',
    })
    await rest('DELETE', `/api/scopes/${scope.id}`) // used by no subprocessor
  })

  it('a subprocessor’s option words are German on its German page, English on its English one', async () => {
    const german = await eventually('/de/subprocessors/plain', (html) =>
      html.includes('Verbundenes Unternehmen'),
    )
    const text = textOf(withoutScripts(german.html))
    expect(text).toContain('Beziehung Verbundenes Unternehmen (Teil unserer Unternehmensgruppe)')
    expect(text).not.toContain('Affiliate')
    const english = await eventually('/subprocessors/plain', (html) => html.includes('Affiliate'))
    expect(textOf(withoutScripts(english.html))).toContain(
      'Relationship Affiliate (part of our group of companies)',
    )
  })

  it('the annex is the German list (SCC Anhang III), English texts marked, with German exports', async () => {
    const { status, html } = await eventually('/de/subprocessors/annex', (page) =>
      page.includes('Verbundenes Unternehmen'),
    )
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toMatch(/^Anhang: Liste der Unterauftragsverarbeiter/)
    const text = textOf(withoutScripts(html))
    expect(text).toContain('Anhang: Liste der Unterauftragsverarbeiter')
    expect(text).toContain('Angaben nach Anhang III der EU-Standardvertragsklauseln (2021)')
    expect(text).toContain('Anhang I.B')
    for (const heading of ['Beschreibung der Verarbeitung', 'Übermittlungsmechanismus'])
      expect(html).toContain(`<th scope="col">${heading}</th>`)
    expect(text).toContain('Beziehung: Verbundenes Unternehmen (Teil unserer Unternehmensgruppe)')
    expect(text).toContain(`Zweck: ${GERMAN_PURPOSE}`)
    // stripe's data processed has no German: the English marked as such
    expect(html).toContain(`<span lang="en" class="untranslated">${stripe.dataProcessed[0]}`)
    expect(html).toContain(`href="${portalUrl('/de/subprocessors')}"`)
    expect(html).toContain('href="/subprocessors.csv?locale=de"')
    expect(html).toContain('href="/subprocessors.json?locale=de"')
    for (const english of [
      'Annex: list of subprocessors',
      'Description of the processing',
      'Print this page',
    ])
      expect(text).not.toContain(english)

    // for a customer: the form, the choice and the CSV stay German
    const scoped = await fetchPage(`/de/subprocessors/annex?scope=${scope.slug}`)
    const scopedText = textOf(withoutScripts(scoped.html))
    expect(scopedText).toContain(`Für einen Kunden, der ${scope.name} nutzt:`)
    expect(scopedText).toContain(
      `Unterauftragsverarbeiter für alle Kunden sowie die für ${scope.name}.`,
    )
    expect(scopedText).toMatch(new RegExp(`${scope.name} \\(\\s*Region\\s*\\)`)) // the scope's kind
    expect(scoped.html).toContain('action="/de/subprocessors/annex"')
    expect(scoped.html).toContain(`href="/subprocessors.csv?scope=${scope.slug}&amp;locale=de"`)

    // the English annex as it was
    const english = textOf(withoutScripts((await fetchPage('/subprocessors/annex')).html))
    expect(english).toContain('Annex: list of subprocessors')
    expect(english).toContain('Relationship: Affiliate (part of our group of companies)')
    expect(english).not.toContain('Anhang')
  })

  it('the table, for a customer too, and an unknown choice said in German', async () => {
    const { html } = await eventually('/de/subprocessors/table', (page) =>
      page.includes('Unterauftragsverarbeiter, einer pro Zeile'),
    )
    expect(titleOf(html)).toMatch(/\(Tabelle\)/)
    const text = textOf(withoutScripts(html))
    expect(html).toContain('<th scope="col">Unterauftragsverarbeiter</th>')
    expect(html).toContain('<th scope="col">Kategorie</th>')
    expect(text).toMatch(/Zuletzt aktualisiert \d+\. /)
    expect(text).toMatch(/\d+ Unterauftragsverarbeiter\./)
    expect(text).not.toContain('Last updated')

    const scoped = await fetchPage(`/de/subprocessors/table?scope=${scope.slug}&scope=nope-${run}`)
    const scopedText = textOf(withoutScripts(scoped.html))
    expect(scopedText).toMatch(/\d+ von \d+ Unterauftragsverarbeitern\./)
    expect(scopedText).toContain(`Den Bereich „nope-${run}“ gibt es nicht`)
    expect(scopedText).toContain('Was der Kunde nutzt')
    expect(scoped.html).toContain('action="/de/subprocessors/table"')

    const english = textOf(withoutScripts((await fetchPage('/subprocessors/table')).html))
    expect(english).toMatch(/\d+ subprocessors\./)
    expect(english).toContain('Last updated')
  })

  it('the list’s other formats, its title and a past day in German, the day’s record marked English', async () => {
    const { html } = await fetchPage('/de/subprocessors')
    expect(html).toMatch(/<meta name="description" content="Die Unterauftragsverarbeiter/)
    const text = textOf(withoutScripts(html))
    expect(text).toContain('Druckbarer Anhang für Ihren Auftragsverarbeitungsvertrag')
    expect(html).toContain('href="/subprocessors.csv?locale=de"')

    const today = new Date().toISOString().slice(0, 10)
    const past = await fetchPage(`/de/subprocessors?asOf=${today}`)
    const pastText = textOf(withoutScripts(past.html))
    expect(pastText).toContain('Die Liste mit Stand vom')
    expect(pastText).toContain('auf Englisch')
    expect(past.html).toMatch(/<dt>Zweck<\/dt><dd lang="en">/)
  })

  it('/developers: German around the API reference, which stays English and is marked so', async () => {
    const { status, html } = await fetchPage('/de/developers')
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toMatch(/^Für Entwickler/)
    const text = textOf(withoutScripts(html))
    for (const heading of ['Erste Schritte', 'Konventionen', 'Zustellung und Wiederholungen'])
      expect(text).toContain(heading)
    expect(text).toContain('Die Referenz der Endpunkte und Schemas')
    expect(text).not.toContain('Getting started')
    // the generated reference and the code: English, marked for screen readers
    const reference = html.slice(html.indexOf('id="endpoints"'))
    expect(reference).toMatch(/^[^]*?<div lang="en"><ul><li><a href="#get-/)
    expect(reference).toContain('GET /api/public/v1/subprocessors')
    expect(html).toMatch(/<code lang="en">curl -i /)
    expect(html).toContain('<span lang="en">Not found</span>')

    const context = await newContext(browser)
    const tab = await context.newPage()
    for (const path of ['/de/developers', `/de/subprocessors/annex?scope=${scope.slug}`]) {
      await tab.goto(portalUrl(path))
      expect(await axeViolations(tab), path).toEqual([])
    }
    await context.close()

    // the English page as it was: nothing marked
    const english = await fetchPage('/developers')
    expect(textOf(withoutScripts(english.html))).toContain('Getting started')
    expect(english.html).not.toMatch(/<(div|code|span) lang="en">/)
  })
})

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
