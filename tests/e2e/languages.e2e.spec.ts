// The portal in German: `/de/…` addresses rendering German content with `lang="de"`, the source
// language (English) filling in, marked, each text without a translation; `hreflang` alternates,
// a language switcher that works without JavaScript, English addresses unchanged. Against the
// production build, with a German translation saved through the admin's REST API as an editor
// would (a translation is not a change: no notice needed).
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraph, richText } from '@/seed/lexical'
import { signInAsAdmin, type AdminRest } from '../helpers/admin'
import { axeViolations, launchBrowser, newContext } from '../helpers/browser'
import { restStore, type Store } from '../helpers/factories'
import { textOf, withoutScripts } from '../helpers/html'
import { eventually, get, page as fetchPage, portalUrl } from '../helpers/portal'
import { freshClient } from '../helpers/security'
import {
  createTrustCenterContent,
  removeTrustCenterContent,
  type TrustCenterContent,
} from '../helpers/trust-center'

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

describe('the FAQ, the documents and document access in German', () => {
  const TAG = 'lang'
  let store: Store
  let content: TrustCenterContent
  const GERMAN = {
    question: `Sind Kundendaten im Ruhezustand verschlüsselt (${TAG})?`,
    answer: 'Ja: jede Datenbank und jede Sicherung ist mit AES-256 verschlüsselt.',
    topic: `Datenschutz ${TAG}`,
    document: `Zusammenfassung des Penetrationstests ${TAG}`,
  }
  // the visible text, without the comments React puts between adjacent text nodes
  const words = (html: string) => textOf(withoutScripts(html).replace(/<!--[\s\S]*?-->/g, ''))
  const marked = (html: string) =>
    [...html.matchAll(/<span lang="en" class="untranslated">([\s\S]*?)<\/span>/g)].map(
      ([, inner]) => textOf(inner.replace(/<!--[\s\S]*?-->/g, '')),
    )
  const titleOf = (html: string) => textOf(html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '')
  const postForm = (path: string, fields: Record<string, string>) =>
    fetch(portalUrl(path), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': freshClient(),
      },
      body: new URLSearchParams(fields).toString(),
    })

  beforeAll(async () => {
    store = restStore(rest)
    content = await createTrustCenterContent(store, TAG)
    // one answer and one document translated; the rest reads in English, marked
    const [first] = content.faq.public
    await rest('PATCH', `/api/faq/${first.id}?locale=de`, {
      question: GERMAN.question,
      answer: richText(paragraph(GERMAN.answer)),
      topic: GERMAN.topic,
      _status: 'published',
    })
    await rest('PATCH', `/api/documents/${content.documents.nda.id}?locale=de`, {
      title: GERMAN.document,
      _status: 'published',
    })
    await rest('POST', '/api/globals/document-access', {
      ndaTitle: 'Mutual non-disclosure agreement',
      ndaText: richText(paragraph('The recipient keeps every document confidential.')),
    })
  })

  afterAll(async () => {
    if (store) await removeTrustCenterContent(store, content)
  })

  it('the FAQ: German words and search, the untranslated questions and answers marked', async () => {
    const { status, html } = await eventually('/de/faq', (page) => page.includes(GERMAN.question))
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toContain('Fragen und Antworten zur Sicherheit')
    const text = words(html)
    for (const expected of ['Fragen durchsuchen', 'Suchen', GERMAN.topic, GERMAN.answer])
      expect(text).toContain(expected)
    expect(html).toContain('action="/de/faq"')
    expect(html).toMatch(/<nav aria-label="Themen"/)
    // the second entry has no German: its question, topic and answer in English, each marked
    const [, second] = content.faq.public
    const inEnglish = marked(html)
    expect(inEnglish, JSON.stringify(inEnglish)).toContain(`${second.question} (auf Englisch)`)
    expect(inEnglish).toContain(`${second.topic} (auf Englisch)`)
    expect(text).toContain('Noch nicht übersetzt: auf Englisch angezeigt.')
    expect(html).toMatch(/<div lang="en" class="untranslated">[\s\S]*?only on-call engineers/i)

    const search = words((await fetchPage('/de/faq?q=AES-256')).html)
    expect(search).toMatch(/1 von \d+ Fragen passt zu „AES-256“\./)
    expect(search).toContain('Alle Fragen anzeigen')
    const none = words((await fetchPage('/de/faq?q=keinwortnirgends')).html)
    expect(none).toContain('Keine Frage passt zu „keinwortnirgends“.')
    expect(none).toContain('Keine Treffer')
  })

  it('the document list and a document: German words, dates and links', async () => {
    const { html } = await eventually('/de/documents', (page) => page.includes(GERMAN.document))
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toMatch(/^Dokumente ·/)
    const text = words(html)
    for (const expected of [
      'Berichte, Zertifikate und Richtlinien für Ihre Sicherheitsprüfung.',
      'Sie haben bereits Zugriff? Zum Herunterladen anmelden',
      'Art Richtlinie',
      'Zugriff Öffentlich',
      'Erfordert NDA',
      'Erfordert NDA und Freigabe',
      'Gültig ab 15. Januar 2026',
      'Zugriff anfragen',
      'Herunterladen',
    ])
      expect(text).toContain(expected)
    const { nda, approval } = content.documents
    // the description has no German: shown in English, marked
    const inEnglish = marked(html)
    expect(inEnglish, JSON.stringify(inEnglish)).toContain(`${nda.description} (auf Englisch)`)
    expect(inEnglish).toContain(`${approval.title} (auf Englisch)`)
    expect(html).toContain(`href="/de/documents/${nda.slug}/request"`)
    expect(html).toContain(`href="/de/documents/${content.documents.public.slug}/download"`)

    const page = await fetchPage(`/de/documents/${approval.slug}`)
    expect(page.status).toBe(200)
    expect(titleOf(page.html)).toContain(approval.title)
    const pageText = words(page.html)
    expect(pageText).toContain(`Nachweis für ${content.certifications.achieved.name}`)
    expect(pageText).toContain('Prüfbericht')
    expect(page.html).toContain('href="/de/documents"')

    // the certification that document proves, on the German compliance page
    const compliance = words(
      (await eventually('/de/compliance', (page) => page.includes('Geprüft von'))).html,
    )
    for (const expected of ['Erreicht', 'In Arbeit', 'Abgelaufen', 'War gültig', 'Geprüft von'])
      expect(compliance).toContain(expected)
    expect(compliance).toContain('1. Januar 2026 bis 31. Dezember 2099')
  })

  it('the request page in German, and a German form post answered on it in German', async () => {
    const { nda } = content.documents
    const { status, html } = await fetchPage(`/de/documents/${nda.slug}/request`)
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toContain('Zugriff auf ein Dokument anfragen')
    const text = words(html)
    for (const expected of [
      `Zugriff auf „${GERMAN.document}“ anfragen`,
      'Prüfbericht · Erfordert NDA',
      'So funktioniert es',
      'Ihr Name',
      'Geschäftliche E-Mail-Adresse',
      'Wofür benötigen Sie das Dokument?',
      'Anfrage senden',
    ])
      expect(text).toContain(expected)
    expect(html).toContain('<input type="hidden" name="locale" value="de"/>')

    const refused = await postForm('/access/request', {
      document: nda.slug!,
      name: '',
      email: 'ada@customer.test',
      company: 'Customer GmbH',
      reason: 'Prüfung',
      locale: 'de',
    })
    expect(refused.status).toBe(303)
    const location = refused.headers.get('location')!
    expect(location).toMatch(new RegExp(`^/de/documents/${nda.slug}/request\\?error=missing-name&`))
    const answered = await fetchPage(location)
    expect(words(answered.html)).toContain('Geben Sie Ihren Namen ein')
    expect(answered.html).toContain('value="Customer GmbH"') // what was typed, kept
  })

  it('the access pages in German, their forms answering in German', async () => {
    const { html } = await fetchPage('/de/access')
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(titleOf(html)).toContain('Ihre Dokumente')
    const text = words(html)
    expect(text).toContain('Sie haben bereits Zugriff?')
    expect(text).toContain('Anmeldelink per E-Mail senden')
    expect(html).toContain('href="/de/documents"')

    const posted = await postForm('/access/link', { email: 'not-an-email', locale: 'de' })
    expect(posted.status).toBe(303)
    expect(posted.headers.get('location')).toBe('/de/access?error=invalid-email')
    const answered = textOf(
      withoutScripts((await fetchPage('/de/access?error=invalid-email')).html),
    )
    expect(answered).toContain('Geben Sie eine gültige E-Mail-Adresse ein')

    const signIn = await fetchPage('/de/access/sign-in?token=x')
    expect(titleOf(signIn.html)).toContain('Zum Herunterladen anmelden')
    expect(signIn.html).toContain('<input type="hidden" name="locale" value="de"/>')
    // a personal link's page: no Referer, in German as in English
    const confirm = await get('/de/access/confirm?token=not-a-token')
    expect(confirm.headers.get('referrer-policy')).toBe('no-referrer')
    expect(words(confirm.text)).toContain(
      'Dieser Link kann nicht verwendet werden Dieser Link ist ungültig.',
    )
  })

  it('the security policy and an unknown page: German titles', async () => {
    const policy = await fetchPage('/de/security-policy')
    expect(titleOf(policy.html)).toContain('Sicherheitsrichtlinie')
    expect(words(policy.html)).toContain('Diese Richtlinie liegt nur auf Englisch vor.')
    expect(policy.html).toMatch(/<div lang="en" class="untranslated"><article class="prose"/)
    const unknown = await fetchPage('/de/no-such-page-anywhere')
    expect(unknown.status).toBe(404)
    expect(titleOf(unknown.html)).toContain('Seite nicht gefunden')
    // a page answering notFound() itself: not-found.tsx's title
    const gone = await fetchPage('/de/documents/no-such-document/request')
    expect(gone.status).toBe(404)
    expect(titleOf(gone.html)).toContain('Seite nicht gefunden')
  })
})

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
