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
    messages: {
      somethingWrong: 'Something went wrong.',
      linkUrl:
        'Link to a page of the trust center (choose "Internal link"), or enter a full web address starting with https://, for example https://example.com/privacy.',
      nothingDeleted: 'Nothing was deleted.',
      quoted: '"{{text}}"',
      andMore: ' and {{count}} more',
      and: ' and ',
      chooseCategory: 'Choose a category.',
      categoryGone: 'That category does not exist (it may have been deleted). Choose another one.',
      scopesGone:
        'One of the chosen scopes does not exist (it may have been deleted). Choose again.',
      specialCategoriesNamed:
        'Name each special category the vendor handles below, for example "Health data", or choose No.',
      validUntil: '"Valid until" is before "Valid from". Check both days.',
      webExample: 'for example https://example.com/security',
      webNotText: 'Enter a web address, {{example}}.',
      webControl:
        'A web address cannot contain line breaks, tabs or other control characters, {{example}}.',
      webIncomplete:
        '"{{value}}" is not a complete web address. Enter one starting with https://, {{example}}.',
      webScheme: 'Only web addresses starting with https:// or http:// are allowed, {{example}}.',
      webDomain: '"{{value}}" has no valid domain name. Enter a full address, {{example}}.',
      slugTaken: 'Another entry already uses the slug "{{slug}}". Choose a different one.',
      slugReserved:
        '"{{slug}}" is reserved for a page of the trust center itself. Choose a different slug.',
      slugEmpty: 'Enter a slug, or fill in the name first.',
      slugPattern:
        'Use only lowercase letters, numbers and single hyphens, for example "amazon-web-services".',
      slugOfRemoved:
        '"{{slug}}" belonged to a subprocessor that was taken off the list. Its page still explains when and why, so the slug is never reused. Choose a different one.',
      slugLocked:
        'This subprocessor was published as "{{slug}}", and its web address stays the same for good: notices, the change log and the API link to it. Keep the slug "{{slug}}".',
      scopeSlugInUse_one:
        '{{names}} applies to this scope, and lists and API clients choose it by its slug (?scope={{slug}}). Keep the slug "{{slug}}"; the name can change.',
      scopeSlugInUse_other:
        '{{names}} apply to this scope, and lists and API clients choose it by its slug (?scope={{slug}}). Keep the slug "{{slug}}"; the name can change.',
      scopeInUse_one:
        '{{names}} applies to this scope. Take the scope off it first (a material change: through a change notice), then delete it.',
      scopeInUse_other:
        '{{names}} apply to this scope. Take the scope off them first (a material change: through a change notice), then delete it.',
      categoryInUse_one:
        'This category still lists {{count}} subprocessor. Move them to another category before deleting it.',
      categoryInUse_other:
        'This category still lists {{count}} subprocessors. Move them to another category before deleting it.',
      publishedKept_one:
        '{{names}} was published, so it stays on record and cannot be deleted. {{remove}}',
      publishedKept_other:
        '{{names}} were published, so they stay on record and cannot be deleted. {{remove}}',
      removeThroughNotice:
        'To take it off the list, announce a removal under Change notices: customers are told first, and its page then explains when and why it was removed.',
      accountKept:
        'This customer was sent change notices or objected to one, which are kept as evidence. Set its status to Ended instead: it then gets no more notices.',
      contactTwice:
        '{{email}} is listed twice (contact {{number}}). Each person gets one email per change: list them once.',
      freeMail_one:
        "{{domains}} is a free email provider: anyone can have an address there, so it says nothing about this customer. Use the customer's own domain.",
      freeMail_other:
        "{{domains}} are free email providers: anyone can have an address there, so it says nothing about this customer. Use the customer's own domain.",
      notDomains_one:
        '{{domains}} is not a domain. Write one domain per line, such as customer.com (no https://, no @).',
      notDomains_other:
        '{{domains}} are not domains. Write one domain per line, such as customer.com (no https://, no @).',
      notColour:
        '"{{value}}" is not a colour code. Write it as # and six hexadecimal digits, for example #0b57d0.',
      lowContrast:
        '{{hex}} has a contrast of {{ratio}} against white; links and buttons need at least {{min}}:1 to be readable (WCAG AA). Choose a darker shade, for example {{darker}}.',
      alreadyDecided: 'This request has already been decided; a decision is final.',
      notAwaitingApproval:
        'Only a request waiting for approval can be approved or denied: this visitor has not yet confirmed their email and accepted the NDA.',
      revokedForGood:
        'This access was revoked, and that cannot be undone. The visitor can request the document again.',
      onlyAdminChanges: 'Only an administrator can change {{fields}}.',
      onlyAdminChangesThis: 'Only an administrator can change this.',
      newThroughNotice:
        'A new subprocessor is published through a change notice, so customers are told first. Save it as a draft, then announce it under Change notices.',
      materialThroughNotice:
        'This changes what customers agreed to. Save it as a draft, then announce it under Change notices so customers get notice before it takes effect.',
      systemField: '"{{field}}" is filled in by the trust center and cannot be set or changed.',
      frozenField:
        '"{{field}}" cannot be edited: this change has been announced. Cancel it and announce a new one instead.',
      takesEffectByItself:
        'A change takes effect by itself on its effective date. Announce it first.',
      tookEffect:
        'This change took effect on {{date}} and can no longer be cancelled. Announce a new change to undo it.',
      onlyAdminRetries: 'Only an administrator can retry a change that could not take effect.',
      onlyCancel:
        'An announced change can only be cancelled (before its effective date); it takes effect by itself on that date.',
      retryOrCancel:
        'A change that could not take effect can be retried (set it back to "Announced") or cancelled.',
      noMoreChanges: 'A change that is {{status}} cannot be changed any more.',
      chooseDate: 'Choose the date this change takes effect.',
      datePast: 'The effective date is in the past. Choose today or a later date.',
      noticePeriod:
        'Customers must get {{days}} days\' notice: choose {{date}} or later, or explain under "Reason for a shorter notice" why this change is urgent.',
      chooseSubprocessor: 'Choose the subprocessor this change is about.',
      alreadyPublished:
        '{{name}} is already published. A new subprocessor must be saved as a draft, not published, until its notice period ends.',
      chooseReplaced: 'Choose the published subprocessor that the new one replaces.',
      replaceItself: 'A subprocessor cannot replace itself.',
      nothingToRemove: '{{name}} is not published, so there is nothing to remove.',
      notPublishedYet: '{{name}} is not published yet: announce it as an addition instead.',
      saveDraftFirst:
        'Save the new {{material}} of {{name}} as a draft first (Save Draft, not Publish), then announce the change.',
      draftUnpublishable:
        'The saved draft of {{name}} cannot be published as it stands ({{fields}}). Fix the draft and save it again.',
      keptAsProof:
        'This change has been announced and is kept as proof of notice. Cancel it instead of deleting it.',
      transferNotApplicableCombined:
        '"Not applicable" says the data stays in the EEA, so it cannot be combined with a transfer mechanism. Remove one or the other.',
      transferWherePlace: '"{{location}}" ({{place}})',
      transferNotApplicableOutside:
        '"Not applicable" is only for data that stays in the EEA, but {{where}} is outside it. Choose how transfers there are safeguarded, for example the EU Standard Contractual Clauses (2021).',
      transferOutside:
        '{{where}} is outside the European Economic Area, so choose how transfers there are safeguarded, for example the EU Standard Contractual Clauses (2021) with their module.',
      transferUnknown:
        'We cannot tell whether "{{location}}" is in the European Economic Area: name the country in the location, or add a row here, either how transfers are safeguarded or "Not applicable: data stays in the EEA".',
      transferGap: 'the module of the Standard Contractual Clauses is not recorded.',
      passwordShort: 'Use at least {{min}} characters; a short sentence is easy to remember.',
      passwordHasEmail: 'The password must not contain the email address.',
      passwordCommon: 'This password is on a list of common passwords. Choose another.',
      hookExample: 'for example https://hooks.example.com/trust-center',
      hookEmpty: 'Enter the address, {{example}}.',
      hookTooLong: 'This address is too long (2,000 characters at most).',
      hookSpaces: 'The address contains spaces or control characters. Paste it again without them.',
      hookNotAddress: 'This is not a web address. Enter the full address, {{example}}.',
      hookScheme: 'Only https:// addresses can receive webhooks ({{example}}).',
      hookHttpsOnly:
        'Use an https:// address: webhooks carry the details of changes, and this server sends them over https only.',
      hookCredentials:
        'Leave the user name and password out of the address: the receiver checks each webhook’s signature instead.',
      hookLocalName:
        '{{host}} is a local name: webhooks are only sent to addresses on the public internet.',
      hookUnknownHost:
        'The host name {{host}} could not be found. Check the address, and that its DNS record exists.',
      hookPrivate:
        '{{where}} is not on the public internet (a private, loopback or link-local address): webhooks are only sent to public addresses.',
    },
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
      delivered: 'Delivered: the receiver answered {{status}} in {{ms}} ms.',
      notDelivered: 'Not delivered: {{error}}',
      busy: 'This delivery is being sent right now by another request. Reload the page in a few seconds to see the result.',
      notSent: 'Not sent: {{reason}}',
      noSuchDelivery: 'There is no such webhook delivery.',
    },
  },
}

type Words = typeof en

const de: Words = {
  trust: {
    messages: {
      somethingWrong: 'Etwas ist schiefgegangen.',
      linkUrl:
        'Verlinken Sie eine Seite des Trust Centers (wählen Sie „Interne Verlinkung“) oder geben Sie eine vollständige Webadresse ein, die mit https:// beginnt, zum Beispiel https://example.com/privacy.',
      nothingDeleted: 'Es wurde nichts gelöscht.',
      quoted: '„{{text}}“',
      andMore: ' und {{count}} weitere',
      and: ' und ',
      chooseCategory: 'Wählen Sie eine Kategorie.',
      categoryGone:
        'Diese Kategorie gibt es nicht (sie wurde vielleicht gelöscht). Wählen Sie eine andere.',
      scopesGone:
        'Einer der gewählten Geltungsbereiche existiert nicht (er wurde vielleicht gelöscht). Wählen Sie erneut.',
      specialCategoriesNamed:
        'Nennen Sie unten jede besondere Kategorie, die der Anbieter verarbeitet, zum Beispiel „Gesundheitsdaten“, oder wählen Sie Nein.',
      validUntil: '„Gültig bis“ liegt vor „Gültig ab“. Prüfen Sie beide Tage.',
      webExample: 'zum Beispiel https://example.com/security',
      webNotText: 'Geben Sie eine Webadresse ein, {{example}}.',
      webControl:
        'Eine Webadresse darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten, {{example}}.',
      webIncomplete:
        '„{{value}}“ ist keine vollständige Webadresse. Geben Sie eine ein, die mit https:// beginnt, {{example}}.',
      webScheme:
        'Erlaubt sind nur Webadressen, die mit https:// oder http:// beginnen, {{example}}.',
      webDomain:
        '„{{value}}“ hat keinen gültigen Domainnamen. Geben Sie eine vollständige Adresse ein, {{example}}.',
      slugTaken:
        'Ein anderer Eintrag verwendet den Slug „{{slug}}“ bereits. Wählen Sie einen anderen.',
      slugReserved:
        '„{{slug}}“ ist für eine Seite des Trust Centers selbst reserviert. Wählen Sie einen anderen Slug.',
      slugEmpty: 'Geben Sie einen Slug ein, oder füllen Sie zuerst den Namen aus.',
      slugPattern:
        'Verwenden Sie nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, zum Beispiel „amazon-web-services“.',
      slugOfRemoved:
        '„{{slug}}“ gehörte zu einem Unterauftragsverarbeiter, der von der Liste genommen wurde. Seine Seite erklärt weiterhin, wann und warum; der Slug wird daher nie wieder vergeben. Wählen Sie einen anderen.',
      slugLocked:
        'Dieser Unterauftragsverarbeiter wurde als „{{slug}}“ veröffentlicht, und seine Webadresse bleibt für immer gleich: Mitteilungen, das Änderungsprotokoll und die API verweisen darauf. Behalten Sie den Slug „{{slug}}“.',
      scopeSlugInUse_one:
        '{{names}} gilt für diesen Geltungsbereich, und Listen und API-Clients wählen ihn über seinen Slug (?scope={{slug}}). Behalten Sie den Slug „{{slug}}“; der Name darf sich ändern.',
      scopeSlugInUse_other:
        '{{names}} gelten für diesen Geltungsbereich, und Listen und API-Clients wählen ihn über seinen Slug (?scope={{slug}}). Behalten Sie den Slug „{{slug}}“; der Name darf sich ändern.',
      scopeInUse_one:
        '{{names}} gilt für diesen Geltungsbereich. Nehmen Sie den Geltungsbereich dort zuerst heraus (eine wesentliche Änderung: über eine Änderungsmitteilung) und löschen Sie ihn dann.',
      scopeInUse_other:
        '{{names}} gelten für diesen Geltungsbereich. Nehmen Sie den Geltungsbereich dort zuerst heraus (eine wesentliche Änderung: über eine Änderungsmitteilung) und löschen Sie ihn dann.',
      categoryInUse_one:
        'Diese Kategorie enthält noch {{count}} Unterauftragsverarbeiter. Verschieben Sie ihn in eine andere Kategorie, bevor Sie sie löschen.',
      categoryInUse_other:
        'Diese Kategorie enthält noch {{count}} Unterauftragsverarbeiter. Verschieben Sie sie in eine andere Kategorie, bevor Sie die Kategorie löschen.',
      publishedKept_one:
        '{{names}} wurde veröffentlicht, bleibt daher erhalten und kann nicht gelöscht werden. {{remove}}',
      publishedKept_other:
        '{{names}} wurden veröffentlicht, bleiben daher erhalten und können nicht gelöscht werden. {{remove}}',
      removeThroughNotice:
        'Um einen Unterauftragsverarbeiter von der Liste zu nehmen, kündigen Sie unter Änderungsmitteilungen eine Entfernung an: Die Kunden werden zuerst informiert, und seine Seite erklärt dann, wann und warum er entfernt wurde.',
      accountKept:
        'Dieser Kunde hat Änderungsmitteilungen erhalten oder einer widersprochen; diese werden als Nachweis aufbewahrt. Setzen Sie seinen Status stattdessen auf „Beendet“: Dann erhält er keine Mitteilungen mehr.',
      contactTwice:
        '{{email}} steht doppelt in der Liste (Kontakt {{number}}). Jede Person erhält eine E-Mail je Änderung: Führen Sie sie nur einmal auf.',
      freeMail_one:
        '{{domains}} ist ein kostenloser E-Mail-Anbieter: Dort kann jeder eine Adresse haben, sie sagt also nichts über diesen Kunden aus. Verwenden Sie die eigene Domain des Kunden.',
      freeMail_other:
        '{{domains}} sind kostenlose E-Mail-Anbieter: Dort kann jeder eine Adresse haben, sie sagt also nichts über diesen Kunden aus. Verwenden Sie die eigene Domain des Kunden.',
      notDomains_one:
        '{{domains}} ist keine Domain. Schreiben Sie eine Domain pro Zeile, etwa customer.com (ohne https://, ohne @).',
      notDomains_other:
        '{{domains}} sind keine Domains. Schreiben Sie eine Domain pro Zeile, etwa customer.com (ohne https://, ohne @).',
      notColour:
        '„{{value}}“ ist kein Farbcode. Schreiben Sie ihn als # und sechs Hexadezimalziffern, zum Beispiel #0b57d0.',
      lowContrast:
        '{{hex}} hat einen Kontrast von {{ratio}} zu Weiß; Links und Schaltflächen brauchen mindestens {{min}}:1, um lesbar zu sein (WCAG AA). Wählen Sie einen dunkleren Ton, zum Beispiel {{darker}}.',
      alreadyDecided:
        'Über diese Anfrage wurde bereits entschieden; eine Entscheidung ist endgültig.',
      notAwaitingApproval:
        'Nur eine Anfrage, die auf Freigabe wartet, kann freigegeben oder abgelehnt werden: Diese Person hat ihre E-Mail-Adresse noch nicht bestätigt und die NDA noch nicht akzeptiert.',
      revokedForGood:
        'Dieser Zugang wurde entzogen, und das lässt sich nicht rückgängig machen. Die Person kann das Dokument erneut anfragen.',
      onlyAdminChanges: 'Nur ein Administrator kann {{fields}} ändern.',
      onlyAdminChangesThis: 'Nur ein Administrator kann dies ändern.',
      newThroughNotice:
        'Ein neuer Unterauftragsverarbeiter wird über eine Änderungsmitteilung veröffentlicht, damit die Kunden zuerst informiert werden. Speichern Sie ihn als Entwurf und kündigen Sie ihn dann unter Änderungsmitteilungen an.',
      materialThroughNotice:
        'Dies ändert etwas, dem die Kunden zugestimmt haben. Speichern Sie es als Entwurf und kündigen Sie es dann unter Änderungsmitteilungen an, damit die Kunden informiert werden, bevor es wirksam wird.',
      systemField:
        '„{{field}}“ füllt das Trust Center selbst aus; es kann nicht gesetzt oder geändert werden.',
      frozenField:
        '„{{field}}“ kann nicht bearbeitet werden: Diese Änderung wurde angekündigt. Ziehen Sie sie zurück und kündigen Sie stattdessen eine neue an.',
      takesEffectByItself:
        'Eine Änderung wird an ihrem Datum von selbst wirksam. Kündigen Sie sie zuerst an.',
      tookEffect:
        'Diese Änderung ist am {{date}} wirksam geworden und kann nicht mehr zurückgezogen werden. Kündigen Sie eine neue Änderung an, um sie rückgängig zu machen.',
      onlyAdminRetries:
        'Nur ein Administrator kann eine Änderung, die nicht wirksam werden konnte, erneut versuchen.',
      onlyCancel:
        'Eine angekündigte Änderung kann nur zurückgezogen werden (vor ihrem Datum); an diesem Datum wird sie von selbst wirksam.',
      retryOrCancel:
        'Eine Änderung, die nicht wirksam werden konnte, kann erneut versucht (setzen Sie sie wieder auf „Angekündigt“) oder zurückgezogen werden.',
      noMoreChanges: 'Eine Änderung mit dem Status „{{status}}“ kann nicht mehr geändert werden.',
      chooseDate: 'Wählen Sie das Datum, an dem diese Änderung wirksam wird.',
      datePast: 'Das Datum liegt in der Vergangenheit. Wählen Sie heute oder ein späteres Datum.',
      noticePeriod:
        'Die Kunden müssen {{days}} Tage vorher informiert werden: Wählen Sie den {{date}} oder später, oder erklären Sie unter „Grund für eine kürzere Frist“, warum diese Änderung dringend ist.',
      chooseSubprocessor:
        'Wählen Sie den Unterauftragsverarbeiter, um den es bei dieser Änderung geht.',
      alreadyPublished:
        '{{name}} ist bereits veröffentlicht. Ein neuer Unterauftragsverarbeiter wird als Entwurf gespeichert und erst veröffentlicht, wenn seine Ankündigungsfrist endet.',
      chooseReplaced:
        'Wählen Sie den veröffentlichten Unterauftragsverarbeiter, den der neue ersetzt.',
      replaceItself: 'Ein Unterauftragsverarbeiter kann sich nicht selbst ersetzen.',
      nothingToRemove: '{{name}} ist nicht veröffentlicht; es gibt also nichts zu entfernen.',
      notPublishedYet:
        '{{name}} ist noch nicht veröffentlicht: Kündigen Sie ihn stattdessen als Neuaufnahme an.',
      saveDraftFirst:
        'Speichern Sie die neuen Angaben für {{material}} von {{name}} zuerst als Entwurf („Entwurf speichern“, nicht „Veröffentlichen“) und kündigen Sie dann die Änderung an.',
      draftUnpublishable:
        'Der gespeicherte Entwurf von {{name}} kann so nicht veröffentlicht werden ({{fields}}). Korrigieren Sie den Entwurf und speichern Sie ihn erneut.',
      keptAsProof:
        'Diese Änderung wurde angekündigt und wird als Nachweis der Mitteilung aufbewahrt. Ziehen Sie sie zurück, statt sie zu löschen.',
      transferNotApplicableCombined:
        '„Nicht anwendbar“ bedeutet, dass die Daten im EWR bleiben; es lässt sich daher nicht mit einem Übermittlungsmechanismus kombinieren. Entfernen Sie das eine oder das andere.',
      transferWherePlace: '„{{location}}“ ({{place}})',
      transferNotApplicableOutside:
        '„Nicht anwendbar“ gilt nur für Daten, die im EWR bleiben, aber {{where}} liegt außerhalb. Wählen Sie, wie Übermittlungen dorthin abgesichert sind, zum Beispiel mit den EU-Standardvertragsklauseln (2021).',
      transferOutside:
        '{{where}} liegt außerhalb des Europäischen Wirtschaftsraums. Wählen Sie daher, wie Übermittlungen dorthin abgesichert sind, zum Beispiel mit den EU-Standardvertragsklauseln (2021) und ihrem Modul.',
      transferUnknown:
        'Wir können nicht erkennen, ob „{{location}}“ im Europäischen Wirtschaftsraum liegt: Nennen Sie im Standort das Land (auf Englisch), oder fügen Sie hier eine Zeile hinzu, entweder wie Übermittlungen abgesichert sind oder „Nicht anwendbar: Die Daten bleiben im EWR“.',
      transferGap: 'das Modul der Standardvertragsklauseln ist nicht angegeben.',
      passwordShort:
        'Verwenden Sie mindestens {{min}} Zeichen; ein kurzer Satz ist leicht zu merken.',
      passwordHasEmail: 'Das Passwort darf die E-Mail-Adresse nicht enthalten.',
      passwordCommon:
        'Dieses Passwort steht auf einer Liste häufiger Passwörter. Wählen Sie ein anderes.',
      hookExample: 'zum Beispiel https://hooks.example.com/trust-center',
      hookEmpty: 'Geben Sie die Adresse ein, {{example}}.',
      hookTooLong: 'Diese Adresse ist zu lang (höchstens 2.000 Zeichen).',
      hookSpaces:
        'Die Adresse enthält Leerzeichen oder Steuerzeichen. Fügen Sie sie ohne diese erneut ein.',
      hookNotAddress:
        'Das ist keine Webadresse. Geben Sie die vollständige Adresse ein, {{example}}.',
      hookScheme: 'Nur Adressen mit https:// können Webhooks empfangen ({{example}}).',
      hookHttpsOnly:
        'Verwenden Sie eine Adresse mit https://: Webhooks enthalten die Einzelheiten von Änderungen, und dieser Server sendet sie nur über https.',
      hookCredentials:
        'Lassen Sie Benutzername und Passwort aus der Adresse weg: Der Empfänger prüft stattdessen die Signatur jedes Webhooks.',
      hookLocalName:
        '{{host}} ist ein lokaler Name: Webhooks werden nur an Adressen im öffentlichen Internet gesendet.',
      hookUnknownHost:
        'Der Hostname {{host}} wurde nicht gefunden. Prüfen Sie die Adresse und ob ihr DNS-Eintrag existiert.',
      hookPrivate:
        '{{where}} liegt nicht im öffentlichen Internet (eine private, Loopback- oder Link-Local-Adresse): Webhooks werden nur an öffentliche Adressen gesendet.',
    },
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
      delivered: 'Zugestellt: Der Empfänger hat in {{ms}} ms mit {{status}} geantwortet.',
      notDelivered: 'Nicht zugestellt: {{error}}',
      busy: 'Diese Zustellung wird gerade von einer anderen Anfrage gesendet. Laden Sie die Seite in ein paar Sekunden neu, um das Ergebnis zu sehen.',
      notSent: 'Nicht gesendet: {{reason}}',
      noSuchDelivery: 'Diese Webhook-Zustellung gibt es nicht.',
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
