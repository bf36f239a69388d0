// The admin's own words in each of its languages: the custom components' texts and the messages
// staff meet when a save is refused. Payload's custom translations (payload.config.ts
// `i18n.translations`, under the `trust` namespace), read through Payload's `t`: `req.t` in hooks
// and validations, the `i18n` prop in server components, `useTranslation` in client components
// (src/admin/useAdminLanguage.ts). The staff member picks the language in their account; a request
// without one (the Local API, jobs, API clients asking for nothing else) reads English, so the API's
// English messages are as they were. Labels and help texts of the collections are `{ en, de }` in
// the collections themselves. `{{name}}` is filled in; `_one`/`_other` follow `count`.
import { t as translate, type NestedKeysStripped } from '@payloadcms/translations'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { formatDateIn, formatDateTimeIn } from '@/utilities/dates'

/** A label or help text in every admin language. */
export type AdminText = { en: string; de: string }

const en = {
  trust: {
    announce: {
      button: 'Announce this change',
      saveFirst: 'Save the draft first: the notice announces the saved draft.',
      prefilled:
        "Filled in from the subprocessor's draft. Write why, choose the date it takes effect, then save.",
      previewFailed: 'The preview could not be loaded. Try again.',
      working: 'Working out who will be emailed…',
      nobody: 'Nobody has subscribed yet: no email will be sent.',
      subscribers_one: '{{count}} confirmed subscriber',
      subscribers_other: '{{count}} confirmed subscribers',
      contacts_one: '{{count}} notice contact',
      contacts_other: '{{count}} notice contacts',
      accounts_one: '{{count}} customer account',
      accounts_other: '{{count}} customer accounts',
      contactsOfAccounts: '{{contacts}} of the {{accounts}} it concerns',
      toSubscribers: '{{subscribers}} will get this email.',
      toContacts: '{{contacts}} will get this email.',
      toBoth: '{{subscribers}} and {{contacts}} will get this email, once per person.',
      takesEffect: 'Takes effect on {{date}}, {{days}} from now.',
      daysFromNow_one: '{{count}} day',
      daysFromNow_other: '{{count}} days',
      noticePeriod: 'The notice period is {{days}}',
      periodDays_one: '{{count}} day',
      periodDays_other: '{{count}} days',
      enoughNotice: ': customers get enough notice.',
      earliest: ', so the earliest date is {{date}}.',
      urgent: ' Customers will read why it is urgent: "{{reason}}"',
      cannotYet: 'This change cannot be announced yet:',
      emailCaption:
        "The email, as it will be sent. Each subscriber's links carry their own code where it says {{code}}.",
      subject: 'Subject:',
      announceEllipsis: 'Announce…',
      beforeYouAnnounce: 'Before you announce',
      announce: 'Announce',
      announceAndEmail_one: 'Announce and email {{count}} subscriber',
      announceAndEmail_other: 'Announce and email {{count}} subscribers',
      notYet: 'Not yet',
    },
    changeAccounts: {
      title: 'Customers',
      everyAccount: 'This change concerns every customer account.',
      someAccounts: 'This change concerns the customer accounts using {{scopes}}.',
      itsScopes: 'its scopes',
      downloadCsv: 'Download as CSV',
      noAccount: 'No customer account is concerned. Add customers under Customer accounts.',
      customer: 'Customer',
      response: 'Response',
      notified: 'Notified',
      objection: 'Objection',
      noLongerConcerned: ' (no longer concerned)',
      objected: 'Objected',
      silent: 'Notified, no objection (silent)',
      notNotified: 'Not notified',
      noEmail: 'No email yet',
      accepted: 'accepted',
      failed: 'failed',
      none: 'None',
    },
    contacts: {
      heading: 'Subscribers from this customer’s domains',
      intro:
        'They subscribed on the website with an address at one of the domains above. Add the ones who speak for this customer, then save.',
      added: '(added: save to confirm)',
      add: 'Add as a notice contact',
      accountsTitle: 'Customer accounts',
      noAccount: 'Not a notice contact of any customer account.',
      contactOf: 'Notice contact of ',
      domainMatches: 'Not a notice contact yet; the email domain matches ',
      addOnAccount: ' (add them on the account to send them its notices).',
    },
    dashboard: {
      title: 'What needs attention',
      stuckTitle: 'Changes that could not take effect',
      stuck:
        'was due on {{date}}: {{reason}} An administrator fixes the cause, then sets it back to “Announced” to retry.',
      approvalsTitle: 'Document requests to approve',
      approvalsEmpty: 'No one is waiting for approval to download a document.',
      approval: 'accepted the NDA on {{date}} and waits for your decision.',
      upcomingTitle: 'Upcoming changes',
      upcomingEmpty: 'No change is announced and waiting to take effect.',
      upcoming: ': takes effect on {{date}} ({{when}}).',
      today: 'today',
      tomorrow: 'tomorrow',
      inDays: 'in {{count}} days',
      waitingTitle: 'Drafts waiting for a notice',
      waitingEmpty: 'No subprocessor draft is waiting to be announced.',
      openNotice: 'Open the notice being prepared',
      newDraft: 'new, not announced yet',
      draftChanges: 'draft changes {{fields}}',
      noticePrepared: 'a notice is being prepared',
      transfersTitle: 'Transfers to complete',
      transfersEmpty:
        'Every published subprocessor with a location outside the EEA names a transfer mechanism.',
      transferGap: 'Transfer mechanisms: {{gap}}',
      transferMaterial: 'Adding it is a material change, announced with a notice.',
      failedTitle: 'Failed notices',
      failedEmpty: 'Every notice email was delivered.',
      failedBefore: 'Email to',
      failedAfter: 'about {{change}} failed on {{date}}{{error}}. It is retried automatically.',
      adminsOnly: 'Failed notices and objections are shown to admins only.',
      objectionsTitle: 'New objections',
      objectionsEmpty: 'No objections in the last 30 days.',
      objected: 'objected to {{change}} on {{date}}',
      comment: ': "{{comment}}"',
      changeNotice: 'Change notice',
      aChangeNotice: 'a change notice',
      webhooksTitle: 'Webhooks that failed',
      endpointOffBefore: 'The endpoint',
      endpointOffAfter: 'is switched off: {{reason}}',
      deliveryFailed:
        'could not be delivered to {{url}} (last tried {{date}}){{error}} Open it to send it again.',
      ledgerTitle: 'Evidence ledger',
      ledgerAdminsOnly: 'The evidence ledger is shown to admins only.',
      brokenBefore: 'The chain does not verify: {{problem}}. Run',
      brokenAfter: 'and see docs/evidence.md.',
      verifiedBefore:
        'The chain verifies: {{entries}} entries, the latest is number {{sequence}} of {{date}} (',
      verifiedAfter: '). Checked {{checked}}.',
      chainEmpty: 'The chain is empty: nothing has been recorded yet.',
      openLedger: 'Open the evidence ledger',
    },
    documents: {
      noDownloads: 'No downloads yet.',
      when: 'When',
      who: 'Who',
      document: 'Document',
      version: 'Version',
      anyone: 'Anyone (public document)',
      allDownloads_one: 'All {{count}} download in the download log',
      allDownloads_other: 'All {{count}} downloads in the download log',
      versions: 'Versions',
      fileLine: ', effective {{date}} ({{filename}}, uploaded {{uploaded}})',
      dateNotSet: 'date not set',
      fileAfterSave: 'The file appears here once the document is saved.',
      downloads: 'Downloads',
      downloadsBy: 'Downloads by {{email}}',
    },
    evidence: {
      title: 'Evidence for an auditor',
      explain:
        "What was announced, the email as sent, each recipient with the mail server's reply, objections and the evidence ledger entries with their fingerprints:",
      pack: 'printable evidence pack',
      or: 'or',
      json: 'the same as JSON',
    },
    history: {
      subprocessor: 'Subprocessor',
      sinceDeleted: '{{name}} (since deleted)',
      aSubprocessor: 'A subprocessor',
      listShowed: 'What the list showed',
    },
    preview: {
      title: 'Local preview.',
      text: 'This is the production build running on this computer only ({{url}}), with its own database and a test mail inbox. Nothing here is published, and no email leaves this machine.',
    },
    states: {
      announced: 'Change announced for {{date}}',
      liveWithDrafts: 'Live, with draft edits not announced',
      live: 'Live',
      removed: 'Removed on {{date}}',
      notLive: 'Not live (unpublished)',
      new: 'New (not yet announced)',
      slugFixed:
        'Fixed: this subprocessor has been published, and notices, the change log and the API link to this address. It cannot change, and is never given to another subprocessor.',
    },
    versions: {
      title: 'Saved versions',
      versionOf: 'version of {{date}}',
      pruned: 'no longer kept (older versions are pruned)',
    },
    webhooks: {
      serverAnswered: 'The server answered {{status}}. Try again.',
      unreachable: 'The server could not be reached. Try again.',
      working: 'Working…',
      signingSecret: 'Signing secret',
      saveFirst: 'Save the endpoint: the trust center then makes its signing secret.',
      explain:
        'The receiver checks each message with this secret (how: the Developers page, under Webhooks). Give it only to whoever runs the receiver.',
      previousSigns:
        'Messages are signed with the previous secret too until {{date}}: give the receiver the new one before then.',
      show: 'Show the secret',
      replace: 'Replace the secret',
      replaced: 'A new secret was made. It is shown above.',
      test: 'Send a test event',
      redeliverExplain:
        'Sends this message again now, with the same webhook id: a receiver that already has it ignores it.',
      sendAgain: 'Send again',
    },
  },
}

type Words = typeof en

const de: Words = {
  trust: {
    announce: {
      button: 'Diese Änderung ankündigen',
      saveFirst:
        'Speichern Sie zuerst den Entwurf: Die Mitteilung kündigt den gespeicherten Entwurf an.',
      prefilled:
        'Aus dem Entwurf des Unterauftragsverarbeiters ausgefüllt. Schreiben Sie den Grund, wählen Sie das Datum, an dem die Änderung wirksam wird, und speichern Sie.',
      previewFailed: 'Die Vorschau konnte nicht geladen werden. Bitte versuchen Sie es erneut.',
      working: 'Es wird ermittelt, wer eine E-Mail erhält …',
      nobody: 'Noch hat niemand abonniert: Es wird keine E-Mail versendet.',
      subscribers_one: '{{count}} bestätigten Abonnenten',
      subscribers_other: '{{count}} bestätigte Abonnenten',
      contacts_one: '{{count}} Kontakt für Mitteilungen',
      contacts_other: '{{count}} Kontakte für Mitteilungen',
      accounts_one: '{{count}} betroffenen Kundenkonto',
      accounts_other: '{{count}} betroffenen Kundenkonten',
      contactsOfAccounts: '{{contacts}} bei {{accounts}}',
      toSubscribers: 'Diese E-Mail geht an {{subscribers}}.',
      toContacts: 'Diese E-Mail geht an {{contacts}}.',
      toBoth: 'Diese E-Mail geht an {{subscribers}} und {{contacts}}, an jede Person einmal.',
      takesEffect: 'Wird am {{date}} wirksam, in {{days}}.',
      daysFromNow_one: '{{count}} Tag',
      daysFromNow_other: '{{count}} Tagen',
      noticePeriod: 'Die Ankündigungsfrist beträgt {{days}}',
      periodDays_one: '{{count}} Tag',
      periodDays_other: '{{count}} Tage',
      enoughNotice: ': Die Kunden werden rechtzeitig informiert.',
      earliest: ', das früheste Datum ist also der {{date}}.',
      urgent: ' Die Kunden lesen, warum es dringend ist: „{{reason}}“',
      cannotYet: 'Diese Änderung kann noch nicht angekündigt werden:',
      emailCaption:
        'Die E-Mail, wie sie versendet wird. Die Links jedes Abonnenten enthalten an der Stelle {{code}} einen eigenen Code.',
      subject: 'Betreff:',
      announceEllipsis: 'Ankündigen …',
      beforeYouAnnounce: 'Bevor Sie ankündigen',
      announce: 'Ankündigen',
      announceAndEmail_one: 'Ankündigen und {{count}} Abonnenten benachrichtigen',
      announceAndEmail_other: 'Ankündigen und {{count}} Abonnenten benachrichtigen',
      notYet: 'Noch nicht',
    },
    changeAccounts: {
      title: 'Kunden',
      everyAccount: 'Diese Änderung betrifft alle Kundenkonten.',
      someAccounts: 'Diese Änderung betrifft die Kundenkonten, die {{scopes}} nutzen.',
      itsScopes: 'ihre Geltungsbereiche',
      downloadCsv: 'Als CSV herunterladen',
      noAccount: 'Kein Kundenkonto ist betroffen. Kunden legen Sie unter Kundenkonten an.',
      customer: 'Kunde',
      response: 'Reaktion',
      notified: 'Benachrichtigt',
      objection: 'Widerspruch',
      noLongerConcerned: ' (nicht mehr betroffen)',
      objected: 'Widersprochen',
      silent: 'Benachrichtigt, kein Widerspruch (keine Reaktion)',
      notNotified: 'Nicht benachrichtigt',
      noEmail: 'Noch keine E-Mail',
      accepted: 'angenommen',
      failed: 'fehlgeschlagen',
      none: 'Keiner',
    },
    contacts: {
      heading: 'Abonnenten aus den Domains dieses Kunden',
      intro:
        'Sie haben auf der Website mit einer Adresse aus einer der oben genannten Domains abonniert. Fügen Sie diejenigen hinzu, die für diesen Kunden sprechen, und speichern Sie.',
      added: '(hinzugefügt: zum Bestätigen speichern)',
      add: 'Als Kontakt für Mitteilungen hinzufügen',
      accountsTitle: 'Kundenkonten',
      noAccount: 'Kein Kontakt für Mitteilungen bei einem Kundenkonto.',
      contactOf: 'Kontakt für Mitteilungen bei ',
      domainMatches: 'Noch kein Kontakt für Mitteilungen; die E-Mail-Domain passt zu ',
      addOnAccount:
        ' (fügen Sie die Person im Kundenkonto hinzu, damit sie dessen Mitteilungen erhält).',
    },
    dashboard: {
      title: 'Was Ihre Aufmerksamkeit braucht',
      stuckTitle: 'Änderungen, die nicht wirksam werden konnten',
      stuck:
        'war am {{date}} fällig: {{reason}} Ein Administrator behebt die Ursache und setzt den Status dann wieder auf „Angekündigt“, um es erneut zu versuchen.',
      approvalsTitle: 'Dokumentanfragen zur Freigabe',
      approvalsEmpty: 'Niemand wartet auf die Freigabe eines Dokuments.',
      approval: 'hat am {{date}} die NDA akzeptiert und wartet auf Ihre Entscheidung.',
      upcomingTitle: 'Anstehende Änderungen',
      upcomingEmpty: 'Keine Änderung ist angekündigt und wartet darauf, wirksam zu werden.',
      upcoming: ': wird am {{date}} wirksam ({{when}}).',
      today: 'heute',
      tomorrow: 'morgen',
      inDays: 'in {{count}} Tagen',
      waitingTitle: 'Entwürfe, die auf eine Mitteilung warten',
      waitingEmpty: 'Kein Entwurf eines Unterauftragsverarbeiters wartet auf seine Ankündigung.',
      openNotice: 'Die vorbereitete Mitteilung öffnen',
      newDraft: 'neu, noch nicht angekündigt',
      draftChanges: 'der Entwurf ändert {{fields}}',
      noticePrepared: 'eine Mitteilung wird vorbereitet',
      transfersTitle: 'Zu ergänzende Übermittlungen',
      transfersEmpty:
        'Jeder veröffentlichte Unterauftragsverarbeiter mit einem Standort außerhalb des EWR nennt einen Übermittlungsmechanismus.',
      transferGap: 'Übermittlungsmechanismen: {{gap}}',
      transferMaterial:
        'Das Ergänzen ist eine wesentliche Änderung und wird mit einer Mitteilung angekündigt.',
      failedTitle: 'Fehlgeschlagene Mitteilungen',
      failedEmpty: 'Jede Mitteilung wurde zugestellt.',
      failedBefore: 'Die E-Mail an',
      failedAfter:
        'zu „{{change}}“ ist am {{date}} fehlgeschlagen{{error}}. Sie wird automatisch erneut versucht.',
      adminsOnly: 'Fehlgeschlagene Mitteilungen und Widersprüche sehen nur Admins.',
      objectionsTitle: 'Neue Widersprüche',
      objectionsEmpty: 'Keine Widersprüche in den letzten 30 Tagen.',
      objected: 'hat am {{date}} der Änderung „{{change}}“ widersprochen',
      comment: ': „{{comment}}“',
      changeNotice: 'Änderungsmitteilung',
      aChangeNotice: 'eine Änderungsmitteilung',
      webhooksTitle: 'Fehlgeschlagene Webhooks',
      endpointOffBefore: 'Der Endpunkt',
      endpointOffAfter: 'ist ausgeschaltet: {{reason}}',
      deliveryFailed:
        'konnte nicht an {{url}} zugestellt werden (letzter Versuch {{date}}){{error}} Öffnen Sie die Zustellung, um sie erneut zu senden.',
      ledgerTitle: 'Nachweisprotokoll',
      ledgerAdminsOnly: 'Das Nachweisprotokoll sehen nur Admins.',
      brokenBefore: 'Die Kette lässt sich nicht bestätigen: {{problem}}. Führen Sie',
      brokenAfter: 'aus und lesen Sie docs/evidence.md.',
      verifiedBefore:
        'Die Kette ist bestätigt: {{entries}} Einträge, der neueste ist Nummer {{sequence}} vom {{date}} (',
      verifiedAfter: '). Geprüft am {{checked}}.',
      chainEmpty: 'Die Kette ist leer: Bisher wurde nichts aufgezeichnet.',
      openLedger: 'Das Nachweisprotokoll öffnen',
    },
    documents: {
      noDownloads: 'Noch keine Downloads.',
      when: 'Wann',
      who: 'Wer',
      document: 'Dokument',
      version: 'Version',
      anyone: 'Jede Person (öffentliches Dokument)',
      allDownloads_one: 'Der {{count}} Download im Download-Protokoll',
      allDownloads_other: 'Alle {{count}} Downloads im Download-Protokoll',
      versions: 'Versionen',
      fileLine: ', gültig ab {{date}} ({{filename}}, hochgeladen am {{uploaded}})',
      dateNotSet: 'Datum nicht gesetzt',
      fileAfterSave: 'Die Datei erscheint hier, sobald das Dokument gespeichert ist.',
      downloads: 'Downloads',
      downloadsBy: 'Downloads von {{email}}',
    },
    evidence: {
      title: 'Nachweise für Prüfer',
      explain:
        'Was angekündigt wurde, die E-Mail wie versendet, jeder Empfänger mit der Antwort des Mailservers, Widersprüche und die Einträge im Nachweisprotokoll mit ihren Fingerabdrücken:',
      pack: 'druckbares Nachweispaket',
      or: 'oder',
      json: 'dasselbe als JSON',
    },
    history: {
      subprocessor: 'Unterauftragsverarbeiter',
      sinceDeleted: '{{name}} (inzwischen gelöscht)',
      aSubprocessor: 'Ein Unterauftragsverarbeiter',
      listShowed: 'Was die Liste zeigte',
    },
    preview: {
      title: 'Lokale Vorschau.',
      text: 'Dies ist der Produktions-Build, der nur auf diesem Computer läuft ({{url}}), mit eigener Datenbank und einem Test-Postfach. Nichts hier ist veröffentlicht, und keine E-Mail verlässt diesen Rechner.',
    },
    states: {
      announced: 'Änderung angekündigt zum {{date}}',
      liveWithDrafts: 'Live, mit nicht angekündigten Änderungen im Entwurf',
      live: 'Live',
      removed: 'Entfernt am {{date}}',
      notLive: 'Nicht live (Veröffentlichung aufgehoben)',
      new: 'Neu (noch nicht angekündigt)',
      slugFixed:
        'Festgelegt: Dieser Unterauftragsverarbeiter wurde veröffentlicht, und Mitteilungen, das Änderungsprotokoll und die API verweisen auf diese Adresse. Sie kann sich nicht ändern und wird nie an einen anderen Unterauftragsverarbeiter vergeben.',
    },
    versions: {
      title: 'Gespeicherte Versionen',
      versionOf: 'Version vom {{date}}',
      pruned: 'nicht mehr vorhanden (ältere Versionen werden gelöscht)',
    },
    webhooks: {
      serverAnswered: 'Der Server hat mit {{status}} geantwortet. Bitte versuchen Sie es erneut.',
      unreachable: 'Der Server war nicht erreichbar. Bitte versuchen Sie es erneut.',
      working: 'Wird ausgeführt …',
      signingSecret: 'Signaturschlüssel',
      saveFirst:
        'Speichern Sie den Endpunkt: Das Trust Center erzeugt dann seinen Signaturschlüssel.',
      explain:
        'Der Empfänger prüft jede Nachricht mit diesem Schlüssel (wie, steht auf der Seite für Entwickler unter Webhooks). Geben Sie ihn nur an die Verantwortlichen für den Empfänger weiter.',
      previousSigns:
        'Nachrichten werden bis {{date}} auch mit dem vorherigen Schlüssel signiert: Geben Sie dem Empfänger vorher den neuen.',
      show: 'Schlüssel anzeigen',
      replace: 'Schlüssel ersetzen',
      replaced: 'Ein neuer Schlüssel wurde erzeugt. Er wird oben angezeigt.',
      test: 'Testereignis senden',
      redeliverExplain:
        'Sendet diese Nachricht jetzt erneut, mit derselben Webhook-ID: Ein Empfänger, der sie schon hat, ignoriert sie.',
      sendAgain: 'Erneut senden',
    },
  },
}

/** The custom translations of payload.config.ts. */
export const adminTranslations = { en, de }

export type AdminKey = NestedKeysStripped<Words>
export type AdminT = (key: AdminKey, vars?: Record<string, unknown>) => string

/** The words and dates of one admin language. */
export type AdminLanguage = {
  t: AdminT
  locale: Locale
  /** A day: "3 December 2026", "3. Dezember 2026". */
  date: (date: Date | string) => string
  /** A moment: "3 Dec 2026, 14:02 UTC". */
  dateTime: (date: Date | string) => string
}

const englishT: AdminT = (key, vars) => translate({ key, translations: en, vars })

/**
 * The admin language of `i18n` (a request's `req.i18n`, a server component's `i18n` prop, or
 * `useTranslation()`'s): its `t`, which holds these words, and its dates. None: English.
 */
export function adminLanguage(i18n?: { language?: string; t?: unknown } | null): AdminLanguage {
  const locale: Locale = i18n?.language === 'de' ? 'de' : DEFAULT_LOCALE
  const t = typeof i18n?.t === 'function' ? (i18n.t as AdminT) : englishT
  return {
    t,
    locale,
    date: (date) => formatDateIn(date, locale),
    dateTime: (date) => formatDateTimeIn(date, locale),
  }
}

/** English, for a caller without a request (jobs, the Local API, tests). */
export const ENGLISH: AdminLanguage = adminLanguage()
