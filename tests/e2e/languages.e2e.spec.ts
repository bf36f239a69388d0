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
import {
  announceChange,
  categoryId,
  draftSubprocessor,
  restStore,
  scopeOf,
  type AnnouncedChange,
  type Store,
} from '../helpers/factories'
import { isoDay, textOf, withoutScripts } from '../helpers/html'
import { linkIn, readMail, waitForMail, type MailSummary } from '../helpers/mailpit'
import { eventually, get, page as fetchPage, portalUrl } from '../helpers/portal'
import { freshClient } from '../helpers/security'
import { confirmationLink, newClient, overHttp, tokenFrom } from '../helpers/subscriptions'
import {
  createTrustCenterContent,
  removeTrustCenterContent,
  type TrustCenterContent,
} from '../helpers/trust-center'

const GERMAN_PURPOSE = 'Zahlungsabwicklung und Auszahlungen für Empfehlungsprämien'

let rest: AdminRest
let browser: Browser
let stripe: { id: string; name: string; purpose: string; dataProcessed: string[] }

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

// documents, the FAQ, access, the security policy in German

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

// changes, subscribing, objecting, policies in German

describe('changes, subscribing and objecting in German', () => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`
  const gone = {
    name: `Alter Versand ${run}`,
    slug: `alter-versand-${run}`,
    purpose: 'Sends transactional email',
  }
  const reader = `leserin-${run}@example.com`
  const reason = 'We moved email delivery in-house.'
  const urgentReason = 'The vendor had a security incident.'
  let removal: AnnouncedChange
  let subscribed: Response
  let confirmPage: string
  let confirmed: Response

  /** A form as a German page sends it (its `locale` field), from a client address of its own. */
  const postForm = (path: string, fields: Record<string, string>) =>
    fetch(portalUrl(path), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': newClient(),
      },
      body: new URLSearchParams(fields).toString(),
    })
  const hidden = (html: string, name: string) =>
    html.match(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`))?.[1]
  const germanDate = (iso: string) =>
    new Intl.DateTimeFormat('de-DE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(iso))

  beforeAll(async () => {
    // subscribing through the German form, confirming from the German email's page
    const form = await fetchPage('/de/subscribe')
    expect(hidden(form.html, 'locale')).toBe('de')
    subscribed = await postForm('/notices/subscribe', { email: reader, locale: 'de' })
    const link = await confirmationLink(reader)
    expect(new URL(link).pathname).toBe('/de/subscribe/confirm')
    confirmPage = (await fetchPage(new URL(link).pathname + new URL(link).search)).html
    confirmed = await postForm('/notices/confirm', {
      token: tokenFrom(link),
      locale: hidden(confirmPage, 'locale') ?? '',
    })

    // a subprocessor added and removed at once (urgent notices): two changes in effect, a 410
    const store = restStore(rest)
    const mailer = await draftSubprocessor(store, gone.name, {
      ...gone,
      category: await categoryId(store),
      dataProcessed: ['Email addresses'],
    })
    await announceChange(store, {
      kind: 'addition',
      subprocessor: mailer.id,
      effectiveDate: new Date().toISOString(),
      reason: 'Our previous email provider shut down.',
      urgentReason: 'Email delivery stopped working.',
    })
    removal = await announceChange(store, {
      kind: 'removal',
      subprocessor: mailer.id,
      effectiveDate: new Date().toISOString(),
      reason,
      urgentReason,
    })
    await rest('GET', '/api/payload-jobs/run')
  })

  it('subscribes from the German form to German status pages', async () => {
    const page = await fetchPage('/de/subscribe')
    expect(page.html).toMatch(
      /<title>Benachrichtigung über Änderungen bei Unterauftragsverarbeitern/,
    )
    const text = textOf(withoutScripts(page.html))
    expect(text).toContain('Weitere Möglichkeiten, die Änderungen zu verfolgen')
    expect(text).toContain('Die Feeds sind auf Englisch')
    expect(page.html).toContain('href="/de/changes"')

    expect(subscribed.status).toBe(303)
    expect(subscribed.headers.get('location')).toBe('/de/subscribe?status=check-inbox')
    const inbox = textOf(withoutScripts((await fetchPage('/de/subscribe?status=check-inbox')).html))
    expect(inbox).toContain('Prüfen Sie Ihr Postfach')

    expect(textOf(withoutScripts(confirmPage))).toContain('Nur noch ein Schritt')
    expect(confirmPage).toMatch(/<button type="submit">Abonnement bestätigen<\/button>/)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/de/subscribe?status=confirmed')
    const done = await fetchPage('/de/subscribe?status=confirmed')
    expect(done.html).toMatch(/<html[^>]* lang="de"/)
    expect(textOf(withoutScripts(done.html))).toContain('Ihr Abonnement ist bestätigt')

    // a client asking for JSON gets the form language's words too
    const json = await overHttp(portalUrl())('subscribe', { email: 'not-an-address', locale: 'de' })
    expect(json.status).toBe(400)
    expect(((await json.json()) as { message: string }).message).toMatch(
      /^Geben Sie eine gültige E-Mail-Adresse ein/,
    )
  })

  it('shows the change log in German, the recorded reason and values in English, marked', async () => {
    const { status, html } = await eventually('/de/changes', (page) =>
      page.includes(`href="/de/changes/${removal.slug}"`),
    )
    expect(status).toBe(200)
    expect(html).toMatch(/<title>Änderungen bei Unterauftragsverarbeitern/)
    const page = withoutScripts(html)
    expect(textOf(page)).toContain('Angekündigte Änderungen')
    // said once, above the changes
    expect(page.split('Maßgeblich ist die angekündigte englische Fassung').length).toBe(2)
    const entry = page.split('<article').find((chunk) => chunk.includes(removal.slug)) ?? ''
    const text = textOf(entry)
    expect(text).toContain(`${gone.name}: Entfernung`)
    expect(text).toContain(`Wirksam seit ${germanDate(removal.effectiveDate)}`)
    expect(text).toContain('Art Entfernung')
    expect(text).toContain('Status Wirksam')
    expect(text).toContain('Was sich ändert')
    expect(text).toContain('Angabe Vorher Nachher')
    expect(text).toContain(`Zweck ${gone.purpose} Keine`)
    expect(entry).toContain(`<span class="multiline" lang="en">${reason}</span>`)
    expect(entry).toContain(`<span class="multiline" lang="en">${urgentReason}</span>`)
    expect(entry).toContain(`<span class="multiline" lang="en">${gone.purpose}</span>`)
    // the removed subprocessor's page (410) in German too
    expect(entry).toContain(`href="/de/subprocessors/${gone.slug}"`)
    // the feeds are English, and say so
    expect(page).toMatch(/<a href="\/changes\/rss.xml" type="application\/rss\+xml" hrefLang="en">/)
  })

  it("gives a change a German page, with how to object and the record's English marked", async () => {
    const { status, html } = await fetchPage(`/de/changes/${removal.slug}`)
    expect(status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(html).toContain(`<title>${gone.name}: Entfernung`)
    const page = withoutScripts(html)
    const text = textOf(page)
    expect(text).toContain('So widersprechen Sie')
    expect(text).toContain(
      `Diese Änderung ist seit dem ${germanDate(removal.effectiveDate)} wirksam`,
    )
    expect(text).toContain('Maßgeblich ist die angekündigte englische Fassung')
    expect(page).toContain(`<span class="multiline" lang="en">${reason}</span>`)
    expect(page).toContain(
      `?subject=${encodeURIComponent(`Widerspruch: ${gone.name}: Entfernung`)}`,
    )
    expect(page).toContain('href="/de/changes"')
  })

  it('objects through the German page of the German notice, and says so in German', async () => {
    let notice: MailSummary | undefined
    for (let attempt = 0; attempt < 3 && !notice; attempt++) {
      const mails = await waitForMail(reader, 3, 15_000)
      notice = mails.find((mail) => mail.Subject.includes(`${gone.name} nicht mehr ein`))
      if (!notice) await rest('GET', '/api/payload-jobs/run')
    }
    expect(notice, 'the German notice of the removal').toBeTruthy()
    const link = new URL(linkIn((await readMail(notice!.ID)).Text, '/object?token='))
    expect(link.pathname).toBe(`/de/changes/${removal.slug}/object`)

    const form = await fetchPage(link.pathname + link.search)
    expect(form.status).toBe(200)
    expect(form.html).toContain(`<title>Widerspruch gegen ${gone.name}: Entfernung`)
    const text = textOf(withoutScripts(form.html))
    expect(text).toContain('Dieser Änderung widersprechen')
    expect(text).toContain('Ihre Gründe (optional)')
    expect(form.html).toMatch(/<button type="submit">Widerspruch senden<\/button>/)
    const fields = Object.fromEntries(
      ['locale', 'token', 'change', 'slug'].map((name) => [name, hidden(form.html, name) ?? '']),
    )
    expect(fields.locale).toBe('de')

    const sent = await postForm('/notices/object', { ...fields, comment: 'Bitte nicht.' })
    expect(sent.status).toBe(303)
    const recorded = `/de/changes/${removal.slug}/object?status=recorded`
    expect(sent.headers.get('location')).toBe(recorded)
    expect(textOf(withoutScripts((await fetchPage(recorded)).html))).toContain(
      'Ihr Widerspruch ist erfasst',
    )

    // without the emailed link, and with a link that does not work: German, too
    const bare = await fetchPage(`/de/changes/${removal.slug}/object`)
    expect(textOf(withoutScripts(bare.html))).toContain('Verwenden Sie den Link aus Ihrer E-Mail')
    const forged = await postForm('/notices/object', { ...fields, token: 'forged.token.1.2.3' })
    expect(forged.headers.get('location')).toBe('/de/changes?error=invalid-link')
    expect(
      textOf(withoutScripts((await fetchPage('/de/changes?error=invalid-link')).html)),
    ).toContain('Dieser Link funktioniert nicht')
  })

  it("answers a removed subprocessor's German address with 410 and a German page", async () => {
    // the removal took effect in beforeAll; the address answers 410 once the pages are revalidated
    const { status, html } = await eventually(
      `/de/subprocessors/${gone.slug}`,
      (_page, answered) => answered === 410,
    )
    expect(status).toBe(410)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    const page = withoutScripts(html)
    const text = textOf(page)
    expect(text).toContain(
      `${gone.name} ist nicht mehr einer unserer Unterauftragsverarbeiter: Er wurde am ${germanDate(removal.effectiveDate)} entfernt`,
    )
    expect(text).toContain(`Entfernt am ${germanDate(removal.effectiveDate)}`)
    expect(page).toContain(`<span class="multiline" lang="en">${reason}</span>`)
    expect(page).toContain(`href="/de/changes/${removal.slug}">${gone.name}: Entfernung</a>`)
  })

  it('shows the list as it stood on a day in German, its recorded entries marked English', async () => {
    const { html } = await fetchPage(`/de/subprocessors?asOf=${isoDay(Date.now())}`)
    const page = withoutScripts(html)
    const text = textOf(page)
    expect(text).toContain('Die Liste mit Stand vom')
    expect(text).toContain('Zurück zur aktuellen Liste')
    expect(text).toContain('Die Einträge stehen auf Englisch')
    expect(page).toMatch(/<h2 id="past-category-0" lang="en">/)
    expect(text).toContain(`Zweck ${stripe.purpose}`) // the label German, the recorded value not
  })

  it('filters a past day by a category whose German name is not the one recorded', async () => {
    const [payments] = (
      await rest('GET', '/api/categories?where[slug][equals]=payments-and-payouts&depth=0')
    ).docs
    await rest('PATCH', `/api/categories/${payments.id}?locale=de`, {
      name: 'Zahlungen und Auszahlungen',
    })
    try {
      const path = `/de/subprocessors?asOf=${isoDay(Date.now())}&category=payments-and-payouts`
      const { html } = await eventually('/de/subprocessors', (page) =>
        page.includes('Zahlungen und Auszahlungen'),
      )
      expect(html).toContain('Zahlungen und Auszahlungen')
      const text = textOf(withoutScripts((await fetchPage(path)).html))
      expect(text).toContain(stripe.name) // recorded under its English category name
      expect(text).toContain(payments.name)
    } finally {
      await rest('PATCH', `/api/categories/${payments.id}?locale=de`, { name: '' })
    }
  })

  it('frames a policy in German, its untranslated text marked as English', async () => {
    const { status, html } = await fetchPage('/de/policies/scope')
    expect(status).toBe(200)
    const page = withoutScripts(html)
    const text = textOf(page)
    expect(text).toContain('Vorheriger Abschnitt')
    expect(text).toContain('Nächster Abschnitt')
    expect(text).toContain('Noch nicht übersetzt: auf Englisch angezeigt.')
    expect(page).toContain('<nav class="pager" aria-label="Abschnitte der Richtlinien">')
    expect(page).toMatch(/<div lang="en"><div class="[^"]*prose/)
    expect(page).toContain('href="/de/policies/purpose"')
  })
})

// the list, the table, the annex, developers in German

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
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.stack ?? error.message))
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    for (const path of ['/de/developers', `/de/subprocessors/annex?scope=${scope.slug}`]) {
      await tab.goto(portalUrl(path))
      expect(await axeViolations(tab), `${path}\n${errors.join('\n')}`).toEqual([])
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
