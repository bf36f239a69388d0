// The portal's own words (headings, navigation, buttons) in each language beside the source.
// Content comes from the CMS in its language; these are the frame around it. A word missing in a
// language reads as the English.
import type { API_LIMITS } from '@/api-safety/limits'
import type { PROBLEM_TYPES } from '@/public-api/problem'
import type { annexColumns } from '@/schema/subprocessor'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { requestLocale } from './request'
import { CERTIFICATION_STATUSES, type CertificationStatus } from '@/trust/certifications'
import { ACCESS_LEVEL_NAMES, DOCUMENT_KINDS, type DocumentKind } from '@/trust/documents'

type AnnexHeading = (typeof annexColumns)[number]['heading']
type ProblemType = keyof typeof PROBLEM_TYPES

/** "a", "a or b", "a, b or c" (`word`: "or" in the language). */
const joined = (items: string[], word: string) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`

const en = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  languages: 'Language',
  overview: 'Overview',
  security: 'Security',
  compliance: 'Compliance',
  documents: 'Documents',
  subprocessors: 'Subprocessors',
  changes: 'Changes',
  footerQuestions: 'Questions about subprocessors or data handling?',
  footerApi: 'API for developers',
  footerSecurityPolicy: 'Security policy and how to report a vulnerability',
  inEnglish: 'in English',
  untranslatedNote: 'Not yet translated: shown in English.',
  lastUpdated: 'Last updated',
  getNotified: 'Get notified',
  securityOverview: 'Security overview',
  questionsAndAnswers: 'Questions and answers',
  // the list
  filterLabel: 'Filter subprocessors',
  search: 'Search',
  searchHint: 'Name, legal entity, purpose or data processed',
  category: 'Category',
  allCategories: 'All categories',
  location: 'Location',
  locationHint: 'Part of a place, for example a country',
  asOfLabel: 'List as it stood on',
  asOfHint: 'A past day, as YYYY-MM-DD. Leave empty for the current list.',
  applyFilters: 'Apply filters',
  clearFilters: 'Clear filters',
  viewsLabel: 'How to show the list',
  byCategory: 'By category',
  asTable: 'As a table',
  listCount: (subprocessors: number, categories: number) =>
    `${subprocessors} ${subprocessors === 1 ? 'subprocessor' : 'subprocessors'} in ${categories} ${categories === 1 ? 'category' : 'categories'}.`,
  showingOf: (shown: number, total: number) => `Showing ${shown} of ${total} subprocessors.`,
  noneListedYet: 'No subprocessors are listed yet.',
  noMatches: 'No matches',
  // upcoming changes
  upcomingChanges: 'Upcoming changes',
  noUpcoming: 'No changes are announced. The list below is up to date.',
  takesEffectOn: 'Takes effect on',
  notYetInList: 'Until then it is not part of the list below.',
  everyChange: 'Every change so far',
  emailEachChange: 'Get an email about each change',
  // subscribing
  emailAddress: 'Email address',
  subscribeHint:
    'We email you a link to confirm. After that, one email per change; each has an unsubscribe link.',
  leaveEmpty: 'Leave this empty',
  subscribe: 'Subscribe',
  compliancePage: {
    lead: 'The certifications, attestations and frameworks we hold or work towards, with their status and period of validity.',
    reportsIn: 'Reports and certificates are in the',
    library: 'document library',
    nothing: 'Certifications and attestations',
  },
  securityPage: {
    title: 'Security overview',
    lead: 'How we protect your data, topic by topic, in plain words.',
    moreIn: 'More in the',
    qa: 'questions and answers',
    topicsLabel: 'Topics on this page',
    nothing: 'Security topics',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or it is no longer published.',
    home: 'Go to the home page',
    see: 'See the',
  },
  nothingPublished: 'Nothing is published here yet',
  willAppear: 'will appear on this page once they are published. Meanwhile,',
  theOverview: 'the overview',
  showsEverything: 'shows everything this trust center offers.',
  home: {
    inThisTrustCenter: 'In this trust center',
    and: 'and',
    more: (n: number) => `${n} more`,
    howWeProtect: 'How we protect your data:',
    questionsAnswered: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'} answered`,
    forReviewers: 'for security reviewers.',
    workingTowards: 'Certifications and frameworks we work towards.',
    achieved: (n: number, inProgress: number) =>
      `${n} ${n === 1 ? 'certification' : 'certifications'} achieved${inProgress ? `, ${inProgress} in progress` : ''}.`,
    documents: (n: number, open: number) =>
      `${n} ${n === 1 ? 'document' : 'documents'} for your security review${open === n ? ', all public.' : open > 0 ? `: ${open} public, the others on request under NDA.` : ', on request under NDA.'}`,
    subprocessors: (n: number) =>
      `${n} ${n === 1 ? 'subprocessor' : 'subprocessors'}: who they are, what they process and where.`,
    changesTitle: 'Subprocessor changes',
    latest: 'Latest:',
    announced: 'announced',
    upcoming: (n: number) => ` (${n} ${n === 1 ? 'change' : 'changes'} upcoming)`,
    everyChange: 'Every change we announce to the list, before it takes effect.',
    emailEach: 'Get an email about each one',
    contact: 'Contact',
    contactText: 'Questions about security, subprocessors or how your data is handled? Write to',
  },
  // documents, the FAQ, access, the security policy
  faqPage: {
    title: 'Security questions and answers',
    description: (company: string | null) =>
      `Answers to the questions security reviewers ask${company ? ` about ${company}` : ''}, by topic.`,
    nothing: 'Questions and answers',
    lead: 'The questions security reviewers ask us most, answered in plain words.',
    searchForm: 'FAQ',
    searchLabel: 'Search the questions',
    searchHint: 'Words from a question or an answer, for example “encryption”',
    search: 'Search',
    showAll: 'Show all questions',
    noMatch: (query: string) => `No question matches “${query}”.`,
    matches: (n: number, total: number, query: string) =>
      `${n === 1 ? '1 question' : `${n} questions`} of ${total} match “${query}”.`,
    topics: 'Topics',
    noMatches: 'No matches',
    tryOther: 'Try fewer or other words, ',
    readEvery: 'read every question',
    orWrite: ', or write to us: the address is at the bottom of the page.',
  },
  documentsPage: {
    title: 'Documents',
    description: (company: string | null) =>
      `Security and compliance documents${company ? ` of ${company}` : ''}: reports, certificates and policies, public or on request under NDA.`,
    lead: 'Reports, certificates and policies for your security review.',
    gatedLead:
      'Public documents download at once; confidential ones are released after you accept our non-disclosure agreement, and some after we approve the request.',
    haveAccess: 'Already have access?',
    signInToDownload: 'Sign in to download',
    evidenceFor: 'Evidence for',
  },
  /** A document's kind, by stored code (src/trust/documents.ts). */
  documentKinds: Object.fromEntries(
    DOCUMENT_KINDS.map(({ value, label }) => [value, label]),
  ) as Record<DocumentKind, string>,
  /** Who can download a document, in short. */
  accessLevels: ACCESS_LEVEL_NAMES,
  documentFacts: { kind: 'Kind', access: 'Access', version: 'Version', effective: 'Effective' },
  documentAction: {
    requestAccess: 'Request access',
    /** Read by screen readers after the link's words, before the document's title. */
    requestAccessTo: ' to ',
    download: 'Download',
    downloadOf: ' ',
  },
  fileSize: { bytes: 'bytes', kb: 'KB', mb: 'MB' },
  certificationStatuses: Object.fromEntries(
    CERTIFICATION_STATUSES.map(({ value, label }) => [value, label]),
  ) as Record<CertificationStatus, string>,
  certificationCard: {
    valid: 'Valid',
    wasValid: 'Was valid',
    to: 'to',
    until: 'until',
    since: 'since',
    auditedBy: 'Audited by',
    scope: 'Scope',
    evidence: 'Evidence',
  },
  requestPage: {
    title: 'Request access to a document',
    description:
      'Ask for a confidential document: confirm your email address, accept the NDA, and download it once access is granted.',
    /** The heading around the document's title. */
    headingBefore: 'Request access to “',
    headingAfter: '”',
    // what POST /access/request and /access/accept redirect to (?status= or ?error=)
    outcomes: {
      'check-inbox': {
        title: 'Check your inbox',
        text: 'We have sent you an email with a link. Open it to confirm your address and read the NDA. The link works for 24 hours.',
      },
      'awaiting-approval': {
        title: 'Thank you: your request is waiting for approval',
        text: 'You have confirmed your address and accepted the NDA. We will email you when the request has been reviewed, with a link to download the document if it is approved.',
      },
      'missing-name': {
        title: 'Enter your name',
        text: 'Your name is stamped on the copy you download.',
      },
      'missing-company': { title: 'Enter your company', text: 'Say which company you work for.' },
      'missing-reason': {
        title: 'Say why you need the document',
        text: 'A sentence is enough, for example "Vendor security review for our procurement".',
      },
      'long-name': { title: 'Your name is too long', text: 'Use at most 120 characters.' },
      'long-company': {
        title: 'The company name is too long',
        text: 'Use at most 120 characters.',
      },
      'long-reason': { title: 'The reason is too long', text: 'Use at most 1,000 characters.' },
      'invalid-email': {
        title: 'Enter a valid work email address',
        text: 'For example name@company.com. We send the confirmation link there.',
      },
      'refused-domain': {
        title: 'Use your work email address',
        text: 'Requests from this email provider are not accepted. Use the address of the company you work for.',
      },
      'no-nda': {
        title: 'Requests are not open yet',
        text: 'Confidential documents cannot be requested online yet. Please write to the contact address at the bottom of the page.',
      },
      'mail-down': {
        title: 'The email could not be sent',
        text: 'Our mail server did not answer. Please send the form again in a few minutes.',
      },
      invalid: {
        title: 'The form could not be read',
        text: 'Please fill it in again and send it.',
      },
    },
    publicBefore: 'This document is public: ',
    downloadIt: 'download it',
    publicAfter: ' with no request.',
    howItWorks: 'How it works',
    stepTell: 'Tell us who you are and why you need the document.',
    stepConfirm: 'Open the link we email you, to confirm your address.',
    stepAccept: 'Read and accept our non-disclosure agreement (one click).',
    stepReview: 'We review your request and email you our answer.',
    stepDownload: (days: number) =>
      `Download the document. Each copy is marked with your name, email and the date; your access lasts ${days} ${days === 1 ? 'day' : 'days'}.`,
    name: 'Your name',
    email: 'Work email',
    emailHint: 'We send a link to this address to confirm it is yours.',
    company: 'Company',
    reason: 'Why do you need it?',
    reasonHint: 'For example: “Security review before we sign the contract.”',
    send: 'Send request',
  },
  accessPage: {
    title: 'Your documents',
    description:
      'The confidential documents you have been given access to, and a sign-in link by email to come back to them.',
    // what the sign-in, new-link and sign-out forms redirect to (?status= or ?error=)
    outcomes: {
      granted: {
        title: 'You have access',
        text: 'Thank you for accepting the NDA. Download the document below; we have also emailed you a link to come back later.',
      },
      'signed-in': { title: 'You are signed in', text: 'Your documents are below.' },
      'signed-out': {
        title: 'You are signed out',
        text: 'Sign in again with a link from your email.',
      },
      'link-sent': {
        title: 'Check your inbox',
        text: 'If this address has access to any document, we have emailed it a sign-in link. It works once, for 24 hours.',
      },
      'invalid-link': {
        title: 'This sign-in link does not work',
        text: 'Open it straight from the email, or ask for a new one below.',
      },
      'used-link': {
        title: 'This sign-in link has been used or has expired',
        text: 'Ask for a new one below.',
      },
      ended: { title: 'Your access has ended', text: 'Request the document again.' },
      'invalid-email': {
        title: 'Enter a valid email address',
        text: 'For example name@company.com.',
      },
      invalid: {
        title: 'The form could not be read',
        text: 'Please fill it in again and send it.',
      },
    },
    signedInAs: (email: string) => `Signed in as ${email}.`,
    downloadBefore: 'Download “',
    downloadAfter: '”',
    markedUntil: '(PDF, marked with your name; access until',
    noAccess: 'You have no current access to any document.',
    requestOne: 'Request one',
    customerFaq: 'Answers for customers',
    signOut: 'Sign out',
    releasedTo:
      'Confidential documents are released to people who request them and accept our NDA.',
    chooseBefore: 'Choose one in the ',
    documentList: 'document list',
    chooseAfter: '.',
    haveAccess: 'Already have access?',
    openLink: 'Open the sign-in link from your email, or ask for a new one:',
    email: 'Work email',
    sendLink: 'Email me a sign-in link',
  },
  signInPage: {
    title: 'Sign in to download',
    lead: 'One step: choose Sign in to open the documents you have access to.',
    button: 'Sign in',
    note: 'The link works once. Signing in keeps you signed in on this browser until your access ends.',
  },
  accessConfirmPage: {
    title: 'Accept the non-disclosure agreement',
    errors: {
      'not-accepted': 'Tick the box to accept the NDA, then choose “Accept and continue”.',
      'nda-changed':
        'The NDA was updated while this page was open. Read the current text below and accept it again.',
    },
    unusable: 'This link cannot be used',
    /** Why an emailed link cannot be used, by the code of src/document-access/requests.ts. */
    problems: {
      'invalid-link':
        'This link is not valid. Open it straight from the email, or copy the whole address.',
      'used-link': 'This link has already been used.',
      'expired-link': 'This link has expired. Request the document again to get a new one.',
    },
    chooseBefore: 'Choose a document from the ',
    documentList: 'document list',
    chooseAfter: ' to request it again.',
    haveAccess: 'Already have access?',
    signIn: 'Sign in',
    ndaTitle: 'Non-disclosure agreement',
    leadBefore: 'Before you download “',
    leadAfter: (name: string, email: string, company: string) =>
      `”, please read and accept this agreement. You are accepting it as ${name} (${email}) of ${company}.`,
    /** Said where the agreement (kept in the source language only) is shown in another. */
    inSource: '',
    notYet: 'Not accepted yet',
    agreementText: 'Agreement text',
    acceptLabel: (company: string) =>
      `I have read the agreement and accept it on behalf of ${company}.`,
    accept: 'Accept and continue',
    recorded:
      'Your acceptance is recorded with the date, the version of this text, your network address and browser. Do not agree? Close this page: nothing happens.',
    unavailable: 'The agreement is not available',
    writeToUs: 'Please write to the contact address at the bottom of the page.',
  },
  /** The download route's refusals (src/document-access/download.ts). */
  downloadRefusal: {
    noSuchDocument: 'No such document',
    noSuchDocumentText: 'There is no published document at this address.',
    needsAccess: 'This document needs access',
    needsAccessText: (title: string, approval: boolean) =>
      `"${title}" is confidential. Request access with your work email: once you have accepted the NDA${approval ? ' and we have approved the request' : ''}, you can download it. Already have access? Open the sign-in link from your email.`,
    noAccess: 'You do not have access to this document',
    noAccessText: (email: string, title: string) =>
      `You are signed in as ${email}, but you have no current access to "${title}": it was never given, has expired, or was revoked. Request access again.`,
    requestAccess: (title: string) => `Request access to "${title}"`,
    unavailable: 'This file is not available right now',
    unavailableText:
      'The file could not be found in storage. We have been told; please try again later.',
    allDocuments: 'All documents',
  },
  securityPolicyPage: {
    title: 'Security policy',
    description:
      'How this trust center is protected, what is public and what is not, and how to report a vulnerability.',
    /** Said where the policy (written in the source language only) is shown in another. */
    inSource: '',
  },

  // changes, subscribing, objecting, policies
  /** A personal page opened without its emailed link (objecting, confirming, unsubscribing). */
  useEmailLink: 'Use the link from your email',
  changeLog: {
    title: 'Subprocessor changes',
    description: (list: string, company: string | null | undefined) =>
      `Every announced change to the ${list}${company ? ` of ${company}` : ''}: what changes, when and why.`,
    leadBefore: 'Every change to the',
    leadAfter:
      ' we have announced, newest first. We announce a change before it takes effect, so you can object in time.',
    emailEach: 'Get an email about each change',
    orFeed: ', or follow a feed.',
    announced: 'Announced changes',
    noneTitle: 'No changes announced yet',
    noneText:
      'The list has not changed since it was first published. When we announce a change, it appears here and in the feeds, and subscribers get an email.',
    emailEachTime: 'Get an email each time we announce a change:',
    feeds: 'Feeds',
    feedsText: 'Follow the changes in a feed reader, or read them from a script:',
    /** Where the objection endpoint sends a visitor whose link did not work. */
    linkErrors: {
      'invalid-link': {
        title: 'This link does not work',
        text: 'Open the link straight from the notice email, or copy the whole address into your browser.',
      },
      used: {
        title: 'This link is no longer valid',
        text: 'It has expired, or it belongs to a subscription that has ended. Write to us instead (see "How to object" on the change).',
      },
      invalid: {
        title: 'Your objection could not be read',
        text: 'Open the link from the notice email again and send the form once more.',
      },
    },
  },
  changePage: {
    /** A change's title in the page's language, from its kind (the source keeps the recorded one). */
    kindTitle: {
      addition: 'new subprocessor',
      replacement: 'replacement',
      removal: 'removal',
      'material-edit': 'change',
    },
    kind: {
      addition: 'Addition',
      replacement: 'Replacement',
      removal: 'Removal',
      'material-edit': 'Change',
    },
    announced: 'Announced',
    takesEffect: 'Takes effect',
    tookEffect: 'Took effect',
    kindTerm: 'Kind',
    subprocessor: 'Subprocessor',
    replaces: 'Replaces',
    status: 'Status',
    inEffect: 'In effect',
    upcoming: 'Upcoming',
    why: 'Why',
    whyShorter: 'Why the notice is shorter',
    /** Said once on a page in another language: the recorded texts stay in the source language. */
    recordedInSource: '',
    whatChanges: 'What changes',
    field: 'Field',
    before: 'Before',
    after: 'After',
    none: 'None',
    howToObject: 'How to object',
    tookEffectOn: 'This change took effect on',
    stillWelcome: '. Questions or concerns about it are still welcome',
    stillWelcomeAt: ' at',
    objectBefore: 'If you object to this change, tell us before it takes effect on',
    objectAfter: '',
    writeTo: ': write to',
    subscribersToo: 'Subscribers can also use the link in the notice email we sent them.',
    subscribe: 'Subscribe',
    subscribeAfter: ' to get the next notices by email.',
    mailSubject: (title: string) => `Objection: ${title}`,
  },
  objectPage: {
    title: (change: string) => `Object to ${change}`,
    heading: 'Object to this change',
    recorded: 'Your objection is recorded',
    recordedText: 'We will contact you about it, at the address our notice was sent to.',
    alreadyRecorded: 'Your objection was already recorded',
    alreadyRecordedText:
      'We have it from your earlier visit and will contact you about it. There is no need to send it again.',
    useLinkText:
      'This page works only through the personal link in the notice email we sent about this change. Open it straight from the email, or copy the whole address into your browser.',
    writeInstead: 'You can also write to',
    tookEffectBefore: 'It took effect on',
    tookEffectAfter: '; you can still tell us you object.',
    takesEffectBefore: 'It takes effect on',
    takesEffectAfter: ': tell us before then.',
    reasons: 'Your reasons (optional)',
    reasonsHint:
      'We record your objection with the email address our notice was sent to, and contact you about it.',
    send: 'Send my objection',
    readChange: 'Read the change',
  },
  subscribePage: {
    title: 'Get notified of subprocessor changes',
    description: (list: string, company: string | null | undefined) =>
      `An email each time ${company ?? 'we'} announce${company ? 's' : ''} a change to the ${list}.`,
    statuses: {
      'check-inbox': {
        title: 'Check your inbox',
        text: 'If this address can receive notices, we have sent it a link to confirm your subscription. The link works for 7 days. Nothing is sent until you confirm.',
      },
      confirmed: {
        title: 'Your subscription is confirmed',
        text: 'You will get an email each time we announce a subprocessor change. Every email has a link to unsubscribe.',
      },
      unsubscribed: {
        title: 'You are unsubscribed',
        text: 'You will get no more subprocessor notices. You can subscribe again at any time below.',
      },
    },
    errors: {
      invalid: {
        title: 'Enter a valid email address',
        text: 'Enter an email address like name@example.com, then choose Subscribe.',
      },
      'invalid-link': {
        title: 'This link does not work',
        text: 'Open the link straight from the email, or copy the whole address into your browser. If it still does not work, subscribe again below to get a new one.',
      },
      used: {
        title: 'This link has already been used or has expired',
        text: 'If you already confirmed or unsubscribed, there is nothing more to do. Otherwise subscribe again below to get a new link.',
      },
    },
    leadBefore: 'Get an email each time we announce a change to the',
    leadAfter:
      ': a new, replaced or removed subprocessor, or a change to what one does with your data. Each email says what changes, when and why, and how to object.',
    privacy:
      'We use your address only for these notices and never show it anywhere. We send a link to confirm first; every notice has a link to unsubscribe.',
    otherWays: 'Other ways to follow the changes',
    readBefore: 'Read the',
    changeLog: 'change log',
    readAfter: ', or follow it in a feed reader:',
  },
  confirmPage: {
    title: 'Confirm your subscription',
    useLinkText:
      'This page works only through the link in the confirmation email. Open it straight from the email, or copy the whole address into your browser. No email?',
    subscribeAgain: 'Subscribe again',
    expired: 'This link has expired',
    expiredText: 'Confirmation links work for 7 days.',
    expiredAfter: ' to get a new one.',
    lead: 'One step left: confirm that you want an email each time we announce a subprocessor change.',
    button: 'Confirm my subscription',
    notYou: 'Did not ask for this? Close this page: nothing happens until you confirm.',
  },
  unsubscribePage: {
    title: 'Unsubscribe from subprocessor notices',
    lead: 'You will no longer get an email when we announce a change to our subprocessors.',
    button: 'Unsubscribe',
    changedMind: 'Changed your mind? Close this page: nothing changes until you press the button.',
    useLinkText:
      'This page works only through the unsubscribe link in a notice email. Open it straight from the email, or copy the whole address into your browser.',
    back: 'Back to subscriptions',
  },
  /** What the subscription endpoints answer a client that asked for JSON. */
  noticeAnswers: {
    checkInbox:
      'Check your inbox: if this address can receive notices, we sent it a link to confirm.',
    subscribed: 'Subscribed: you will get an email about every subprocessor change.',
    unsubscribed: 'Unsubscribed: you will get no more subprocessor notices.',
    objectionRecorded: 'Your objection is recorded. We will contact you about it.',
    objectionAlreadyRecorded: (at: string) => `Your objection was already recorded on ${at}.`,
    /** Empty: the error's own message (the source language's words are in the error). */
    invalidEmail: '',
    invalidLink: '',
    usedLink: '',
  },
  feedsInSource: '',
  pastList: {
    asOfBefore: 'The list as it stood on',
    asOfAfter: '(at the end of the day, UTC).',
    backToCurrent: 'Back to the current list',
    recordedInSource: '',
    noneListed: 'No subprocessors listed',
    noRecord: 'We have no record of the list on that day.',
    recordsStart: 'Records of the published list start on',
    changeLogBefore: 'The',
    changeLog: 'change log',
    changeLogAfter: 'lists every announced change.',
    noneThatDay: 'No subprocessor was listed at the end of that day.',
    noMatches: 'No subprocessor on that day matches these filters. Try fewer or shorter words.',
    future: 'That day is in the future',
    futureText:
      'The history covers past days only. Below is the current list; announced changes to it are under "Upcoming changes".',
    unreadable: 'That is not a date we can read',
    unreadableText: (raw: string, today: string) =>
      `“${raw}” is not a day. Choose one with the date field, or write it as YYYY-MM-DD, for example ${today}. Below is the current list.`,
  },
  removedPage: {
    title: (name: string) => `${name} (removed)`,
    description: (reason: string) => `No longer a subprocessor: ${reason}`,
    badge: 'Removed',
    /** The sentence around the day it went: before the day, and after it. */
    text: (name: string, replaced: boolean): [string, string] => [
      `${name} is no longer one of our subprocessors: it was ${replaced ? 'replaced' : 'removed'} on`,
      ', as announced in a change notice.',
    ],
    /** Said once on a page in another language: the reason stays in the source language. */
    reasonInSource: '',
    replacedOn: 'Replaced on',
    removedOn: 'Removed on',
    changeNotice: 'Change notice',
    current: 'See the current list:',
  },
  policyPage: {
    draft: 'Draft',
    effective: 'Effective',
    sections: 'Policy sections',
    previous: 'Previous section',
    next: 'Next section',
  },

  // the list, the table, the annex, developers
  draft: 'Draft',
  scopeChoice: {
    legend: 'What the customer uses',
    hint: 'Subprocessors for all customers are always included. Choose none for the whole list.',
    show: 'Show this list',
    all: 'All subprocessors',
    forScopes: (names: string[]) =>
      `Subprocessors for all customers, and those for ${joined(names, 'or')}.`,
    unknownTitle: 'Some of the chosen scopes do not exist',
    unknown: (slugs: string[]) =>
      `There is no scope ${slugs.map((slug) => `“${slug}”`).join(', ')}: it was left out. Choose from the list of what a customer uses.`,
  },
  listPage: {
    description: (company: string | null | undefined) =>
      `The third-party subprocessors${company ? ` ${company} uses` : ''}: what each one processes, where, and how transfers are safeguarded.`,
    otherFormats: 'This list in other formats',
    csv: 'Download as CSV',
    annex: 'Printable annex for your DPA',
    changeLog: 'Change log',
    noMatchesBefore: 'No subprocessor matches these filters. Try fewer or shorter words, or ',
    showAll: 'show all subprocessors',
  },
  subprocessorTable: {
    subprocessor: 'Subprocessor',
    caption: 'Subprocessors, one per row',
  },
  tablePage: {
    title: (list: string) => `${list} (table)`,
    description: (list: string) =>
      `The ${list} as one table: each subprocessor's category, purpose, data processed and locations.`,
    scopeForm: 'Show the subprocessors of a customer',
    count: (n: number) => (n === 1 ? '1 subprocessor.' : `${n} subprocessors.`),
    countOf: (n: number, total: number) => `${n} of ${total} subprocessors.`,
  },
  annexPage: {
    title: 'Subprocessor annex',
    description: (company: string | null | undefined) =>
      `The list of subprocessors${company ? ` of ${company}` : ''}, laid out as an annex to a data processing agreement.`,
    heading: 'Annex: list of subprocessors',
    introStart: (company: string) =>
      `The subprocessors ${company} engages to process personal data on behalf of its customers`,
    asOf: ', as of',
    introEnd: '. The current list is always at',
    forCustomer: (names: string[]) => `For a customer using ${names.join(', ')}:`,
    scopeForm: 'Make the annex for a customer',
    print:
      'Print this page, or save it as PDF, to attach it to an agreement. The same list as a spreadsheet:',
    orAs: ', or as',
    none: 'No subprocessors are listed.',
    caption: (n: number) => `${n} ${n === 1 ? 'subprocessor' : 'subprocessors'}, by name`,
    /** The columns' headings (src/schema/subprocessor.ts, `annexColumns`) in another language. */
    columns: {} as Partial<Record<AnnexHeading, string>>,
    questions: 'Questions about this annex:',
  },
  developersPage: {
    title: 'Developers',
    description:
      'The public API of the trust center: subprocessors, categories, announced changes and policies as JSON, with an OpenAPI 3.1 description, and signed webhooks for each change.',
    lead: 'Read the subprocessor list, the changes announced to it and the data-handling policies from your own tools: a vendor-risk platform, a sales portal, a status page or a DPA generator. The API is read-only, needs no key and serves published content only.',
    contents: 'On this page',
    sections: {
      start: 'Getting started',
      conventions: 'Conventions',
      errors: 'Errors',
      downloads: 'Downloads and discovery',
      webhooks: 'Webhooks',
      generatedApis: "The CMS's own REST and GraphQL APIs",
      endpoints: 'Endpoints',
      schemas: 'Schemas',
    },
    /** Said in another language: the generated reference and the code are in English. */
    referenceNote: '',
    start: (base: string, openApi: string) =>
      `The base address is \`${base}\`. The whole contract is described in [OpenAPI 3.1](${openApi}): load it into your client generator or API tool.`,
    exampleRequests: 'Example requests',
    conventions: {
      versions: 'Versions',
      versionsText:
        'The version is in the path (`/v1/`). Within v1 fields and endpoints may be added, never renamed, retyped or removed; clients should ignore fields they do not know.',
      identifiers: 'Identifiers',
      identifiersText:
        'Entries are identified by their slug (for example `stripe`), never by a database id.',
      pagination: 'Pagination',
      paginationText: (max: number, byDefault: number) =>
        `Lists take \`limit\` (1 to ${max}, default ${byDefault}) and \`page\` (from 1), and answer with \`pagination\` totals and \`links.next\` / \`links.prev\`.`,
      filters: 'Filters',
      filtersText:
        '`updatedSince` on every list (ISO 8601 date or date-time with a time zone); `category` (a category slug) and `location` (text contained in a location, any case) on subprocessors; `kind`, `status`, `subprocessor` (a subprocessor slug) and `since` (announced at or after) on changes. An unknown or repeated parameter is an error, never ignored.',
      languages: 'Languages',
      languagesText: (codes: string[]) =>
        `\`locale\` (${codes.map((code) => `\`${code}\``).join(', ')}) on every resource and on the CSV and JSON exports; \`Content-Language\` says the answer's language. A text without a translation is given in English and named in the item's \`untranslated\`. Change notices stay in English: they are the record of what was announced.`,
      caching: 'Caching',
      cachingText: (cacheControl: string) =>
        `Every answer has a strong \`ETag\` (and \`Last-Modified\` for content). Send it back in \`If-None-Match\` (or \`If-Modified-Since\`) to get \`304 Not Modified\` with no body while nothing changed. \`Cache-Control: ${cacheControl}\` lets a CDN serve the API.`,
      browsers: 'Browsers',
      browsersText:
        'CORS is open for reading: `Access-Control-Allow-Origin: *` on GET, HEAD and OPTIONS. Other methods are refused with 405.',
      formats: 'Formats',
      formatsText:
        "JSON in UTF-8; times in UTC (ISO 8601). Policy text comes as HTML, plain text and the editor's Lexical JSON.",
      changeNotices: 'Change notices',
      changeNoticesText: (changes: string) =>
        `A new subprocessor, a replacement, a removal or a change to what one does is announced before it takes effect. \`${changes}\` lists announced and effective changes, newest first, with every public field before and after; drafts and cancelled changes are never served. The same changes are in the [RSS](/changes/rss.xml), [Atom](/changes/atom.xml) and [JSON Feed](/changes/feed.json) feeds.`,
    },
    errors:
      'Errors are `application/problem+json` (RFC 9457): `type`, `title`, `status` and a `detail` written for a person.',
    problems: {
      'invalid-parameter':
        'A query parameter is unknown, given twice or malformed. invalidParams lists each one with the reason; fix them and send the request again.',
      'not-found':
        'Nothing is published at this address: check the slug against the list, or the path against this page.',
      gone: 'The subprocessor was taken off the list by a change notice that is in effect. removal gives its name, the date, the reason and the change (in this API and on the portal); the slug is never reused.',
      'method-not-allowed': 'The API is read-only: only GET, HEAD and OPTIONS are answered.',
      'server-error': 'Something failed on our side. Retry later; the request itself may be fine.',
    } as Record<ProblemType, string>,
    /** The downloads' names (src/public-api/resources.ts, `DISCOVERABLE_FORMATS`) by path. */
    formatTitles: {} as Partial<Record<string, string>>,
    wellKnown: ': where the list, the API and these formats are, for machines',
    securityTxt: ': where to report a vulnerability (RFC 9116)',
    generatedApis: (base: string, limits: typeof API_LIMITS) =>
      `\`/api/<collection>\` and \`/api/graphql\` mirror the CMS's internal schema and change with it: build integrations on \`${base}\` instead. For anonymous clients they serve published content only, never drafts, team members or subscribers, and they refuse with a 400: more than ${limits.maxLimit} documents per page, \`pagination=false\`, a depth above the configured maximum, a \`where\` nested more than ${limits.maxWhereDepth} levels or with more than ${limits.maxWhereConditions} conditions, and more than ${limits.maxGraphqlRootFields} root fields in one GraphQL operation. GraphQL introspection is disabled in production; refused GraphQL queries get a 400 unless the client asks only for \`application/json\`, which by the GraphQL over HTTP specification is answered 200 with \`errors\`.`,
    webhooks: {
      intro:
        "Rather than polling `/changes`, have the trust center's administrators register an `https://` address of yours. Each time a change is announced, cancelled or takes effect, it is POSTed there as JSON, signed as the [Standard Webhooks](https://www.standardwebhooks.com/) specification says, so any of its libraries verifies it. They give you the endpoint's secret (`whsec_…`) and can send a test event.",
      events: 'Events',
      when: 'When',
      whenEvent: {
        'change.announced':
          'A change notice is announced to customers: a new, replaced or removed subprocessor, or a change to what one does. Sent at the same time as the notice emails.',
        'change.cancelled':
          'An announced change is cancelled before it took effect. It leaves the change log; data.status is "cancelled".',
        'change.effective': 'An announced change takes effect on its date: the list has changed.',
      } as Record<string, string>,
      testEvent:
        "Sent only when an administrator presses “Send a test event”; never retried. `data` holds a message and your endpoint's address.",
      message: 'The message',
      messageText: '`POST` with `Content-Type: application/json` and these headers:',
      id: "The event's id, such as `evt_6650f0c2a1b2c3d4e5f60718_announced`: one per change and event, the same on every retry and redelivery. Keep the ids you have handled and ignore a message whose id you already have.",
      timestamp: 'When this attempt was signed, in seconds since 1970 (UTC).',
      signature:
        '`v1,` then the base64 HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}`, keyed with the secret (the base64 after `whsec_`, decoded). For a day after a secret is replaced there are two, separated by a space: one matching is enough.',
      body: 'The body has three members: `type`, `timestamp` (when it happened) and `data`, the change exactly as `/changes/{slug}` serves it ([Change](#schema-Change)).',
      exampleBody: 'Example webhook body',
      verify: 'Verifying a webhook',
      verifyText:
        'Check the signature over the body exactly as received, before parsing it, and refuse a timestamp more than five minutes away from now. With Node.js and nothing but `node:crypto`:',
      verifyExample: 'Verifying a webhook with node:crypto',
      receiver: 'A receiver using it:',
      receiverExample: 'A webhook receiver in Node.js',
      library:
        "Or with the specification's own library (`npm install standardwebhooks`): `new Webhook(secret).verify(rawBody, headers)` returns the event or throws.",
      delivery: 'Delivery and retries',
      answer: (timeout: number, kilobytes: number) =>
        `Answer with any \`2xx\` within ${timeout} seconds; do the work afterwards. Anything else is a failure: another status, no answer in time, a refused connection. Redirects are not followed. Only the first ${kilobytes} KB of your answer are read, and kept in the delivery log.`,
      retries: (schedule: string, attempts: number, hours: number) =>
        `A failed delivery is tried again after ${schedule}: ${attempts} attempts over about ${hours} hours. The administrators see every attempt and can send a delivery again at any time.`,
      atLeastOnce:
        'Delivery is at least once: a message can arrive twice (a retry after your answer was lost, a redelivery), always with the same `webhook-id`. Messages can arrive out of order; `timestamp` and `data.status` say which state is newer.',
      switchedOff:
        'After repeated failures (three deliveries in a row that failed every attempt) your endpoint is switched off, and the administrators are told. Nothing is sent to it until they switch it back on.',
    },
  },
}

export type PortalWords = typeof en

const de: Partial<PortalWords> = {
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  languages: 'Sprache',
  overview: 'Übersicht',
  security: 'Sicherheit',
  compliance: 'Compliance',
  documents: 'Dokumente',
  subprocessors: 'Unterauftragsverarbeiter',
  changes: 'Änderungen',
  footerQuestions: 'Fragen zu Unterauftragsverarbeitern oder zum Umgang mit Daten?',
  footerApi: 'API für Entwickler',
  footerSecurityPolicy: 'Sicherheitsrichtlinie und Meldung von Schwachstellen',
  inEnglish: 'auf Englisch',
  untranslatedNote: 'Noch nicht übersetzt: auf Englisch angezeigt.',
  lastUpdated: 'Zuletzt aktualisiert',
  getNotified: 'Benachrichtigungen',
  securityOverview: 'Sicherheitsüberblick',
  questionsAndAnswers: 'Fragen und Antworten',
  filterLabel: 'Unterauftragsverarbeiter filtern',
  search: 'Suche',
  searchHint: 'Name, juristische Person, Zweck oder verarbeitete Daten',
  category: 'Kategorie',
  allCategories: 'Alle Kategorien',
  location: 'Standort',
  locationHint: 'Teil eines Ortsnamens, zum Beispiel ein Land',
  asOfLabel: 'Liste mit Stand vom',
  asOfHint: 'Ein vergangener Tag im Format JJJJ-MM-TT. Leer lassen für die aktuelle Liste.',
  applyFilters: 'Filter anwenden',
  clearFilters: 'Filter zurücksetzen',
  viewsLabel: 'Darstellung der Liste',
  byCategory: 'Nach Kategorie',
  asTable: 'Als Tabelle',
  listCount: (subprocessors: number, categories: number) =>
    `${subprocessors} Unterauftragsverarbeiter in ${categories} ${categories === 1 ? 'Kategorie' : 'Kategorien'}.`,
  showingOf: (shown: number, total: number) =>
    `${shown} von ${total} Unterauftragsverarbeitern angezeigt.`,
  noneListedYet: 'Noch sind keine Unterauftragsverarbeiter aufgeführt.',
  noMatches: 'Keine Treffer',
  upcomingChanges: 'Angekündigte Änderungen',
  noUpcoming: 'Es sind keine Änderungen angekündigt. Die folgende Liste ist aktuell.',
  takesEffectOn: 'Wirksam ab',
  notYetInList: 'Bis dahin ist sie nicht Teil der folgenden Liste.',
  everyChange: 'Alle bisherigen Änderungen',
  emailEachChange: 'Eine E-Mail zu jeder Änderung erhalten',
  emailAddress: 'E-Mail-Adresse',
  subscribeHint:
    'Wir senden Ihnen einen Link zur Bestätigung. Danach eine E-Mail pro Änderung, jede mit einem Link zum Abbestellen.',
  leaveEmpty: 'Dieses Feld leer lassen',
  subscribe: 'Abonnieren',
  compliancePage: {
    lead: 'Die Zertifizierungen, Testate und Rahmenwerke, die wir haben oder anstreben, mit ihrem Status und ihrer Gültigkeit.',
    reportsIn: 'Berichte und Zertifikate finden Sie in der',
    library: 'Dokumentenbibliothek',
    nothing: 'Zertifizierungen und Testate',
  },
  securityPage: {
    title: 'Sicherheitsüberblick',
    lead: 'Wie wir Ihre Daten schützen, Thema für Thema, in einfachen Worten.',
    moreIn: 'Mehr in den',
    qa: 'Fragen und Antworten',
    topicsLabel: 'Themen auf dieser Seite',
    nothing: 'Sicherheitsthemen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht, oder sie ist nicht mehr veröffentlicht.',
    home: 'Zur Startseite',
    see: 'Zur Liste:',
  },
  nothingPublished: 'Hier ist noch nichts veröffentlicht',
  willAppear: 'erscheinen auf dieser Seite, sobald sie veröffentlicht sind. Bis dahin zeigt',
  theOverview: 'die Übersicht',
  showsEverything: 'alles, was dieses Trust Center bietet.',
  home: {
    inThisTrustCenter: 'In diesem Trust Center',
    and: 'und',
    more: (n: number) => `${n} weitere`,
    howWeProtect: 'So schützen wir Ihre Daten:',
    questionsAnswered: (n: number) => `${n} ${n === 1 ? 'Frage' : 'Fragen'} beantwortet`,
    forReviewers: 'für Sicherheitsprüfungen.',
    workingTowards: 'Zertifizierungen und Rahmenwerke, auf die wir hinarbeiten.',
    achieved: (n: number, inProgress: number) =>
      `${n} ${n === 1 ? 'Zertifizierung' : 'Zertifizierungen'} erreicht${inProgress ? `, ${inProgress} in Arbeit` : ''}.`,
    documents: (n: number, open: number) =>
      `${n} ${n === 1 ? 'Dokument' : 'Dokumente'} für Ihre Sicherheitsprüfung${open === n ? ', alle öffentlich.' : open > 0 ? `: ${open} öffentlich, die übrigen auf Anfrage unter NDA.` : ', auf Anfrage unter NDA.'}`,
    subprocessors: (n: number) =>
      `${n} Unterauftragsverarbeiter: wer sie sind, was sie verarbeiten und wo.`,
    changesTitle: 'Änderungen bei Unterauftragsverarbeitern',
    latest: 'Zuletzt:',
    announced: 'angekündigt am',
    upcoming: (n: number) => ` (${n} ${n === 1 ? 'Änderung' : 'Änderungen'} angekündigt)`,
    everyChange: 'Jede Änderung der Liste, angekündigt bevor sie wirksam wird.',
    emailEach: 'Eine E-Mail zu jeder Änderung erhalten',
    contact: 'Kontakt',
    contactText:
      'Fragen zur Sicherheit, zu Unterauftragsverarbeitern oder zum Umgang mit Ihren Daten? Schreiben Sie an',
  },
  // documents, the FAQ, access, the security policy
  faqPage: {
    title: 'Fragen und Antworten zur Sicherheit',
    description: (company: string | null) =>
      `Antworten auf die Fragen, die Sicherheitsprüfer${company ? ` zu ${company}` : ''} stellen, nach Themen geordnet.`,
    nothing: 'Fragen und Antworten',
    lead: 'Die Fragen, die uns Sicherheitsprüfer am häufigsten stellen, in einfachen Worten beantwortet.',
    searchForm: 'Fragen und Antworten',
    searchLabel: 'Fragen durchsuchen',
    searchHint: 'Wörter aus einer Frage oder Antwort, zum Beispiel „Verschlüsselung“',
    search: 'Suchen',
    showAll: 'Alle Fragen anzeigen',
    noMatch: (query: string) => `Keine Frage passt zu „${query}“.`,
    matches: (n: number, total: number, query: string) =>
      `${n} von ${total} ${total === 1 ? 'Frage' : 'Fragen'} ${n === 1 ? 'passt' : 'passen'} zu „${query}“.`,
    topics: 'Themen',
    noMatches: 'Keine Treffer',
    tryOther: 'Versuchen Sie es mit weniger oder anderen Wörtern, ',
    readEvery: 'lesen Sie alle Fragen',
    orWrite: ' oder schreiben Sie uns: Die Adresse finden Sie unten auf der Seite.',
  },
  documentsPage: {
    title: 'Dokumente',
    description: (company: string | null) =>
      `Sicherheits- und Compliance-Dokumente${company ? ` von ${company}` : ''}: Berichte, Zertifikate und Richtlinien, öffentlich oder auf Anfrage unter NDA.`,
    lead: 'Berichte, Zertifikate und Richtlinien für Ihre Sicherheitsprüfung.',
    gatedLead:
      'Öffentliche Dokumente können Sie sofort herunterladen. Vertrauliche erhalten Sie, sobald Sie unsere Geheimhaltungsvereinbarung (NDA) akzeptiert haben, manche erst nach unserer Freigabe Ihrer Anfrage.',
    haveAccess: 'Sie haben bereits Zugriff?',
    signInToDownload: 'Zum Herunterladen anmelden',
    evidenceFor: 'Nachweis für',
  },
  // the option lists carry their German beside the English (shared with the admin)
  documentKinds: Object.fromEntries(DOCUMENT_KINDS.map(({ value, de }) => [value, de])) as Record<
    DocumentKind,
    string
  >,
  accessLevels: {
    public: 'Öffentlich',
    nda: 'Erfordert NDA',
    approval: 'Erfordert NDA und Freigabe',
  },
  documentFacts: { kind: 'Art', access: 'Zugriff', version: 'Version', effective: 'Gültig ab' },
  documentAction: {
    requestAccess: 'Zugriff anfragen',
    requestAccessTo: ': ',
    download: 'Herunterladen',
    downloadOf: ': ',
  },
  fileSize: { bytes: 'Byte', kb: 'KB', mb: 'MB' },
  certificationStatuses: Object.fromEntries(
    CERTIFICATION_STATUSES.map(({ value, de }) => [value, de]),
  ) as Record<CertificationStatus, string>,
  certificationCard: {
    valid: 'Gültig',
    wasValid: 'War gültig',
    to: 'bis',
    until: 'bis',
    since: 'seit',
    auditedBy: 'Geprüft von',
    scope: 'Geltungsbereich',
    evidence: 'Nachweis',
  },
  requestPage: {
    title: 'Zugriff auf ein Dokument anfragen',
    description:
      'Ein vertrauliches Dokument anfragen: E-Mail-Adresse bestätigen, das NDA akzeptieren und das Dokument herunterladen, sobald der Zugriff gewährt ist.',
    headingBefore: 'Zugriff auf „',
    headingAfter: '“ anfragen',
    outcomes: {
      'check-inbox': {
        title: 'Sehen Sie in Ihrem Posteingang nach',
        text: 'Wir haben Ihnen eine E-Mail mit einem Link gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen und das NDA zu lesen. Der Link ist 24 Stunden gültig.',
      },
      'awaiting-approval': {
        title: 'Vielen Dank: Ihre Anfrage wartet auf Freigabe',
        text: 'Sie haben Ihre Adresse bestätigt und das NDA akzeptiert. Sobald wir die Anfrage geprüft haben, erhalten Sie eine E-Mail, bei Freigabe mit einem Link zum Herunterladen des Dokuments.',
      },
      'missing-name': {
        title: 'Geben Sie Ihren Namen ein',
        text: 'Ihr Name wird auf dem Exemplar vermerkt, das Sie herunterladen.',
      },
      'missing-company': {
        title: 'Geben Sie Ihr Unternehmen ein',
        text: 'Nennen Sie das Unternehmen, für das Sie arbeiten.',
      },
      'missing-reason': {
        title: 'Sagen Sie uns, wofür Sie das Dokument benötigen',
        text: 'Ein Satz genügt, zum Beispiel „Sicherheitsprüfung eines Anbieters für unseren Einkauf“.',
      },
      'long-name': { title: 'Ihr Name ist zu lang', text: 'Verwenden Sie höchstens 120 Zeichen.' },
      'long-company': {
        title: 'Der Name des Unternehmens ist zu lang',
        text: 'Verwenden Sie höchstens 120 Zeichen.',
      },
      'long-reason': {
        title: 'Die Begründung ist zu lang',
        text: 'Verwenden Sie höchstens 1.000 Zeichen.',
      },
      'invalid-email': {
        title: 'Geben Sie eine gültige geschäftliche E-Mail-Adresse ein',
        text: 'Zum Beispiel name@firma.de. An diese Adresse senden wir den Bestätigungslink.',
      },
      'refused-domain': {
        title: 'Verwenden Sie Ihre geschäftliche E-Mail-Adresse',
        text: 'Anfragen von diesem E-Mail-Anbieter werden nicht angenommen. Verwenden Sie die Adresse des Unternehmens, für das Sie arbeiten.',
      },
      'no-nda': {
        title: 'Anfragen sind noch nicht möglich',
        text: 'Vertrauliche Dokumente können noch nicht online angefragt werden. Bitte schreiben Sie an die Kontaktadresse unten auf der Seite.',
      },
      'mail-down': {
        title: 'Die E-Mail konnte nicht gesendet werden',
        text: 'Unser Mailserver hat nicht geantwortet. Bitte senden Sie das Formular in einigen Minuten erneut.',
      },
      invalid: {
        title: 'Das Formular konnte nicht gelesen werden',
        text: 'Bitte füllen Sie es erneut aus und senden Sie es ab.',
      },
    },
    publicBefore: 'Dieses Dokument ist öffentlich: ',
    downloadIt: 'Laden Sie es herunter',
    publicAfter: ', ganz ohne Anfrage.',
    howItWorks: 'So funktioniert es',
    stepTell: 'Sagen Sie uns, wer Sie sind und wofür Sie das Dokument benötigen.',
    stepConfirm: 'Öffnen Sie den Link aus unserer E-Mail, um Ihre Adresse zu bestätigen.',
    stepAccept: 'Lesen und akzeptieren Sie unsere Geheimhaltungsvereinbarung (ein Klick).',
    stepReview: 'Wir prüfen Ihre Anfrage und teilen Ihnen unsere Antwort per E-Mail mit.',
    stepDownload: (days: number) =>
      `Laden Sie das Dokument herunter. Jedes Exemplar wird mit Ihrem Namen, Ihrer E-Mail-Adresse und dem Datum gekennzeichnet; Ihr Zugriff gilt ${days} ${days === 1 ? 'Tag' : 'Tage'}.`,
    name: 'Ihr Name',
    email: 'Geschäftliche E-Mail-Adresse',
    emailHint: 'An diese Adresse senden wir einen Link, um zu bestätigen, dass sie Ihnen gehört.',
    company: 'Unternehmen',
    reason: 'Wofür benötigen Sie das Dokument?',
    reasonHint: 'Zum Beispiel: „Sicherheitsprüfung vor der Vertragsunterzeichnung.“',
    send: 'Anfrage senden',
  },
  accessPage: {
    title: 'Ihre Dokumente',
    description:
      'Die vertraulichen Dokumente, auf die Sie Zugriff erhalten haben, und ein Anmeldelink per E-Mail, um zu ihnen zurückzukehren.',
    outcomes: {
      granted: {
        title: 'Sie haben Zugriff',
        text: 'Vielen Dank, dass Sie das NDA akzeptiert haben. Laden Sie das Dokument unten herunter; wir haben Ihnen außerdem einen Link gesendet, mit dem Sie später zurückkehren können.',
      },
      'signed-in': { title: 'Sie sind angemeldet', text: 'Ihre Dokumente finden Sie unten.' },
      'signed-out': {
        title: 'Sie sind abgemeldet',
        text: 'Melden Sie sich mit einem Link aus Ihrer E-Mail erneut an.',
      },
      'link-sent': {
        title: 'Sehen Sie in Ihrem Posteingang nach',
        text: 'Falls diese Adresse Zugriff auf ein Dokument hat, haben wir ihr einen Anmeldelink gesendet. Er funktioniert einmal und ist 24 Stunden gültig.',
      },
      'invalid-link': {
        title: 'Dieser Anmeldelink funktioniert nicht',
        text: 'Öffnen Sie ihn direkt aus der E-Mail oder fordern Sie unten einen neuen an.',
      },
      'used-link': {
        title: 'Dieser Anmeldelink wurde bereits verwendet oder ist abgelaufen',
        text: 'Fordern Sie unten einen neuen an.',
      },
      ended: { title: 'Ihr Zugriff ist abgelaufen', text: 'Fragen Sie das Dokument erneut an.' },
      'invalid-email': {
        title: 'Geben Sie eine gültige E-Mail-Adresse ein',
        text: 'Zum Beispiel name@firma.de.',
      },
      invalid: {
        title: 'Das Formular konnte nicht gelesen werden',
        text: 'Bitte füllen Sie es erneut aus und senden Sie es ab.',
      },
    },
    signedInAs: (email: string) => `Angemeldet als ${email}.`,
    downloadBefore: '„',
    downloadAfter: '“ herunterladen',
    markedUntil: '(PDF, mit Ihrem Namen gekennzeichnet; Zugriff bis',
    noAccess: 'Sie haben derzeit keinen Zugriff auf ein Dokument.',
    requestOne: 'Dokument anfragen',
    customerFaq: 'Antworten für Kunden',
    signOut: 'Abmelden',
    releasedTo:
      'Vertrauliche Dokumente erhalten Personen, die sie anfragen und unser NDA akzeptieren.',
    chooseBefore: 'Wählen Sie eines in der ',
    documentList: 'Dokumentenliste',
    chooseAfter: ' aus.',
    haveAccess: 'Sie haben bereits Zugriff?',
    openLink: 'Öffnen Sie den Anmeldelink aus Ihrer E-Mail oder fordern Sie einen neuen an:',
    email: 'Geschäftliche E-Mail-Adresse',
    sendLink: 'Anmeldelink per E-Mail senden',
  },
  signInPage: {
    title: 'Zum Herunterladen anmelden',
    lead: 'Nur ein Schritt: Wählen Sie „Anmelden“, um die Dokumente zu öffnen, auf die Sie Zugriff haben.',
    button: 'Anmelden',
    note: 'Der Link funktioniert nur einmal. Nach der Anmeldung bleiben Sie in diesem Browser angemeldet, bis Ihr Zugriff endet.',
  },
  accessConfirmPage: {
    title: 'Geheimhaltungsvereinbarung akzeptieren',
    errors: {
      'not-accepted':
        'Setzen Sie das Häkchen, um das NDA zu akzeptieren, und wählen Sie dann „Akzeptieren und fortfahren“.',
      'nda-changed':
        'Das NDA wurde geändert, während diese Seite geöffnet war. Lesen Sie den aktuellen Text unten und akzeptieren Sie ihn erneut.',
    },
    unusable: 'Dieser Link kann nicht verwendet werden',
    problems: {
      'invalid-link':
        'Dieser Link ist ungültig. Öffnen Sie ihn direkt aus der E-Mail oder kopieren Sie die vollständige Adresse.',
      'used-link': 'Dieser Link wurde bereits verwendet.',
      'expired-link':
        'Dieser Link ist abgelaufen. Fragen Sie das Dokument erneut an, um einen neuen zu erhalten.',
    },
    chooseBefore: 'Wählen Sie ein Dokument aus der ',
    documentList: 'Dokumentenliste',
    chooseAfter: ', um es erneut anzufragen.',
    haveAccess: 'Sie haben bereits Zugriff?',
    signIn: 'Anmelden',
    ndaTitle: 'Geheimhaltungsvereinbarung',
    leadBefore: 'Bevor Sie „',
    leadAfter: (name: string, email: string, company: string) =>
      `“ herunterladen, lesen und akzeptieren Sie bitte diese Vereinbarung. Sie akzeptieren sie als ${name} (${email}) für ${company}.`,
    inSource: 'Die Vereinbarung liegt nur auf Englisch vor: Sie akzeptieren den englischen Text.',
    notYet: 'Noch nicht akzeptiert',
    agreementText: 'Text der Vereinbarung',
    acceptLabel: (company: string) =>
      `Ich habe die Vereinbarung gelesen und akzeptiere sie im Namen von ${company}.`,
    accept: 'Akzeptieren und fortfahren',
    recorded:
      'Ihre Zustimmung wird mit dem Datum, der Version dieses Textes, Ihrer Netzwerkadresse und Ihrem Browser festgehalten. Sie sind nicht einverstanden? Schließen Sie diese Seite: Es geschieht nichts.',
    unavailable: 'Die Vereinbarung ist nicht verfügbar',
    writeToUs: 'Bitte schreiben Sie an die Kontaktadresse unten auf der Seite.',
  },
  downloadRefusal: {
    noSuchDocument: 'Dokument nicht gefunden',
    noSuchDocumentText: 'Unter dieser Adresse ist kein Dokument veröffentlicht.',
    needsAccess: 'Für dieses Dokument brauchen Sie Zugriff',
    needsAccessText: (title: string, approval: boolean) =>
      `„${title}“ ist vertraulich. Fragen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse an: Sobald Sie das NDA akzeptiert haben${approval ? ' und wir die Anfrage freigegeben haben' : ''}, können Sie es herunterladen. Sie haben bereits Zugriff? Öffnen Sie den Anmeldelink aus Ihrer E-Mail.`,
    noAccess: 'Sie haben keinen Zugriff auf dieses Dokument',
    noAccessText: (email: string, title: string) =>
      `Sie sind als ${email} angemeldet, haben aber derzeit keinen Zugriff auf „${title}“: Er wurde nie gewährt, ist abgelaufen oder wurde widerrufen. Fragen Sie den Zugriff erneut an.`,
    requestAccess: (title: string) => `Zugriff auf „${title}“ anfragen`,
    unavailable: 'Diese Datei ist gerade nicht verfügbar',
    unavailableText:
      'Die Datei wurde im Speicher nicht gefunden. Wir sind informiert; bitte versuchen Sie es später erneut.',
    allDocuments: 'Alle Dokumente',
  },
  securityPolicyPage: {
    title: 'Sicherheitsrichtlinie',
    description:
      'Wie dieses Trust Center geschützt ist, was öffentlich ist und was nicht, und wie Sie eine Schwachstelle melden.',
    inSource: 'Diese Richtlinie liegt nur auf Englisch vor.',
  },

  // changes, subscribing, objecting, policies
  useEmailLink: 'Verwenden Sie den Link aus Ihrer E-Mail',
  changeLog: {
    title: 'Änderungen bei Unterauftragsverarbeitern',
    description: (list: string, company: string | null | undefined) =>
      `Jede angekündigte Änderung an der Liste „${list}“${company ? ` von ${company}` : ''}: was sich ändert, wann und warum.`,
    leadBefore: 'Jede Änderung an der Liste',
    leadAfter:
      ', die wir angekündigt haben, die neueste zuerst. Wir kündigen jede Änderung an, bevor sie wirksam wird, damit Sie rechtzeitig widersprechen können.',
    emailEach: 'Erhalten Sie eine E-Mail zu jeder Änderung',
    orFeed: ', oder folgen Sie einem Feed.',
    announced: 'Angekündigte Änderungen',
    noneTitle: 'Noch keine Änderungen angekündigt',
    noneText:
      'Die Liste hat sich seit ihrer ersten Veröffentlichung nicht geändert. Sobald wir eine Änderung ankündigen, erscheint sie hier und in den Feeds, und Abonnenten erhalten eine E-Mail.',
    emailEachTime: 'Erhalten Sie eine E-Mail, sobald wir eine Änderung ankündigen:',
    feeds: 'Feeds',
    feedsText: 'Verfolgen Sie die Änderungen in einem Feedreader, oder lesen Sie sie per Skript:',
    linkErrors: {
      'invalid-link': {
        title: 'Dieser Link funktioniert nicht',
        text: 'Öffnen Sie den Link direkt aus der E-Mail mit der Mitteilung, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
      },
      used: {
        title: 'Dieser Link ist nicht mehr gültig',
        text: 'Er ist abgelaufen oder gehört zu einem beendeten Abonnement. Schreiben Sie uns stattdessen (siehe „So widersprechen Sie“ bei der Änderung).',
      },
      invalid: {
        title: 'Ihr Widerspruch konnte nicht gelesen werden',
        text: 'Öffnen Sie den Link aus der E-Mail mit der Mitteilung erneut, und senden Sie das Formular noch einmal.',
      },
    },
  },
  changePage: {
    kindTitle: {
      addition: 'neuer Unterauftragsverarbeiter',
      replacement: 'Ersetzung',
      removal: 'Entfernung',
      'material-edit': 'Änderung',
    },
    kind: {
      addition: 'Aufnahme',
      replacement: 'Ersetzung',
      removal: 'Entfernung',
      'material-edit': 'Änderung',
    },
    announced: 'Angekündigt am',
    takesEffect: 'Wirksam ab',
    tookEffect: 'Wirksam seit',
    kindTerm: 'Art',
    subprocessor: 'Unterauftragsverarbeiter',
    replaces: 'Ersetzt',
    status: 'Status',
    inEffect: 'Wirksam',
    upcoming: 'Bevorstehend',
    why: 'Grund',
    whyShorter: 'Warum die Frist kürzer ist',
    recordedInSource:
      'Der Grund und die Angaben vorher und nachher stehen auf Englisch, wie angekündigt: Maßgeblich ist die angekündigte englische Fassung.',
    whatChanges: 'Was sich ändert',
    field: 'Angabe',
    before: 'Vorher',
    after: 'Nachher',
    none: 'Keine',
    howToObject: 'So widersprechen Sie',
    tookEffectOn: 'Diese Änderung ist seit dem',
    stillWelcome: ' wirksam. Fragen oder Bedenken dazu können Sie uns weiterhin mitteilen',
    stillWelcomeAt: ': Schreiben Sie an',
    objectBefore:
      'Wenn Sie dieser Änderung widersprechen, teilen Sie uns das vor ihrem Inkrafttreten am',
    objectAfter: ' mit',
    writeTo: ': Schreiben Sie an',
    subscribersToo:
      'Abonnenten können auch den Link in der E-Mail verwenden, mit der wir ihnen die Änderung mitgeteilt haben.',
    subscribe: 'Abonnieren Sie die Mitteilungen',
    subscribeAfter: ', um die nächsten per E-Mail zu erhalten.',
    mailSubject: (title: string) => `Widerspruch: ${title}`,
  },
  objectPage: {
    title: (change: string) => `Widerspruch gegen ${change}`,
    heading: 'Dieser Änderung widersprechen',
    recorded: 'Ihr Widerspruch ist erfasst',
    recordedText:
      'Wir melden uns dazu bei Ihnen, unter der Adresse, an die wir unsere Mitteilung gesendet haben.',
    alreadyRecorded: 'Ihr Widerspruch wurde bereits erfasst',
    alreadyRecordedText:
      'Er liegt uns von Ihrem früheren Besuch vor, und wir melden uns dazu bei Ihnen. Sie müssen ihn nicht erneut senden.',
    useLinkText:
      'Diese Seite funktioniert nur über den persönlichen Link in der E-Mail, mit der wir diese Änderung mitgeteilt haben. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
    writeInstead: 'Sie können uns auch schreiben:',
    tookEffectBefore: 'Diese Änderung ist seit dem',
    tookEffectAfter: ' wirksam; Sie können uns Ihren Widerspruch weiterhin mitteilen.',
    takesEffectBefore: 'Diese Änderung wird am',
    takesEffectAfter: ' wirksam: Teilen Sie uns Ihren Widerspruch vorher mit.',
    reasons: 'Ihre Gründe (optional)',
    reasonsHint:
      'Wir erfassen Ihren Widerspruch mit der E-Mail-Adresse, an die wir unsere Mitteilung gesendet haben, und melden uns dazu bei Ihnen.',
    send: 'Widerspruch senden',
    readChange: 'Zur Änderung',
  },
  subscribePage: {
    title: 'Benachrichtigung über Änderungen bei Unterauftragsverarbeitern',
    description: (list: string, company: string | null | undefined) =>
      `Eine E-Mail, sobald ${company ?? 'wir'} eine Änderung an der Liste „${list}“ ${company ? 'ankündigt' : 'ankündigen'}.`,
    statuses: {
      'check-inbox': {
        title: 'Prüfen Sie Ihr Postfach',
        text: 'Wenn diese Adresse Mitteilungen empfangen kann, haben wir ihr einen Link zur Bestätigung Ihres Abonnements gesendet. Der Link ist 7 Tage gültig. Bis Sie bestätigen, senden wir nichts.',
      },
      confirmed: {
        title: 'Ihr Abonnement ist bestätigt',
        text: 'Sie erhalten eine E-Mail, sobald wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen. Jede E-Mail enthält einen Link zum Abmelden.',
      },
      unsubscribed: {
        title: 'Sie sind abgemeldet',
        text: 'Sie erhalten keine Mitteilungen zu Unterauftragsverarbeitern mehr. Sie können sie unten jederzeit wieder abonnieren.',
      },
    },
    errors: {
      invalid: {
        title: 'Geben Sie eine gültige E-Mail-Adresse ein',
        text: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein, und wählen Sie dann „Abonnieren“.',
      },
      'invalid-link': {
        title: 'Dieser Link funktioniert nicht',
        text: 'Öffnen Sie den Link direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser. Funktioniert er dann noch immer nicht, abonnieren Sie unten erneut, um einen neuen zu erhalten.',
      },
      used: {
        title: 'Dieser Link wurde bereits verwendet oder ist abgelaufen',
        text: 'Wenn Sie bereits bestätigt oder sich abgemeldet haben, ist nichts weiter zu tun. Andernfalls abonnieren Sie unten erneut, um einen neuen Link zu erhalten.',
      },
    },
    leadBefore: 'Erhalten Sie eine E-Mail, sobald wir eine Änderung an der Liste',
    leadAfter:
      ' ankündigen: einen neuen, ersetzten oder entfernten Unterauftragsverarbeiter oder eine Änderung dessen, was einer mit Ihren Daten tut. Jede E-Mail sagt, was sich wann und warum ändert und wie Sie widersprechen können.',
    privacy:
      'Wir verwenden Ihre Adresse nur für diese Mitteilungen und zeigen sie nirgends an. Zuerst senden wir einen Link zur Bestätigung; jede Mitteilung enthält einen Link zum Abmelden.',
    otherWays: 'Weitere Möglichkeiten, die Änderungen zu verfolgen',
    readBefore: 'Lesen Sie das',
    changeLog: 'Änderungsprotokoll',
    readAfter: ', oder verfolgen Sie es in einem Feedreader:',
  },
  confirmPage: {
    title: 'Abonnement bestätigen',
    useLinkText:
      'Diese Seite funktioniert nur über den Link in der E-Mail zur Bestätigung. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser. Keine E-Mail erhalten?',
    subscribeAgain: 'Erneut abonnieren',
    expired: 'Dieser Link ist abgelaufen',
    expiredText: 'Links zur Bestätigung sind 7 Tage gültig.',
    expiredAfter: ', um einen neuen zu erhalten.',
    lead: 'Nur noch ein Schritt: Bestätigen Sie, dass Sie eine E-Mail erhalten möchten, sobald wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen.',
    button: 'Abonnement bestätigen',
    notYou:
      'Sie haben das nicht angefordert? Schließen Sie diese Seite: Ohne Ihre Bestätigung geschieht nichts.',
  },
  unsubscribePage: {
    title: 'Von den Mitteilungen zu Unterauftragsverarbeitern abmelden',
    lead: 'Sie erhalten dann keine E-Mail mehr, wenn wir eine Änderung bei unseren Unterauftragsverarbeitern ankündigen.',
    button: 'Abmelden',
    changedMind:
      'Sie haben es sich anders überlegt? Schließen Sie diese Seite: Erst die Schaltfläche ändert etwas.',
    useLinkText:
      'Diese Seite funktioniert nur über den Link zum Abmelden in einer Mitteilung per E-Mail. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse in Ihren Browser.',
    back: 'Zurück zu den Benachrichtigungen',
  },
  noticeAnswers: {
    checkInbox:
      'Prüfen Sie Ihr Postfach: Wenn diese Adresse Mitteilungen empfangen kann, haben wir ihr einen Link zur Bestätigung gesendet.',
    subscribed:
      'Abonniert: Sie erhalten zu jeder Änderung bei den Unterauftragsverarbeitern eine E-Mail.',
    unsubscribed: 'Abgemeldet: Sie erhalten keine Mitteilungen zu Unterauftragsverarbeitern mehr.',
    objectionRecorded: 'Ihr Widerspruch ist erfasst. Wir melden uns dazu bei Ihnen.',
    objectionAlreadyRecorded: (at: string) => `Ihr Widerspruch wurde bereits am ${at} erfasst.`,
    invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
    invalidLink:
      'Dieser Link ist ungültig. Öffnen Sie ihn direkt aus der E-Mail, oder kopieren Sie die vollständige Adresse.',
    usedLink: 'Dieser Link ist abgelaufen, wurde bereits verwendet oder ist nicht mehr gültig.',
  },
  feedsInSource: 'Die Feeds sind auf Englisch, wie die angekündigten Änderungen.',
  pastList: {
    asOfBefore: 'Die Liste mit Stand vom',
    asOfAfter: '(am Ende des Tages, UTC).',
    backToCurrent: 'Zurück zur aktuellen Liste',
    recordedInSource:
      'Die Einträge stehen auf Englisch, wie sie an diesem Tag veröffentlicht waren.',
    noneListed: 'Keine Unterauftragsverarbeiter aufgeführt',
    noRecord: 'Für diesen Tag liegt uns keine Aufzeichnung der Liste vor.',
    recordsStart: 'Die Aufzeichnungen der veröffentlichten Liste beginnen am',
    changeLogBefore: 'Das',
    changeLog: 'Änderungsprotokoll',
    changeLogAfter: 'enthält jede angekündigte Änderung.',
    noneThatDay: 'Am Ende dieses Tages war kein Unterauftragsverarbeiter aufgeführt.',
    noMatches:
      'Kein Unterauftragsverarbeiter dieses Tages passt zu diesen Filtern. Versuchen Sie es mit weniger oder kürzeren Wörtern.',
    future: 'Dieser Tag liegt in der Zukunft',
    futureText:
      'Der Verlauf umfasst nur vergangene Tage. Unten steht die aktuelle Liste; angekündigte Änderungen daran finden Sie unter „Angekündigte Änderungen“.',
    unreadable: 'Dieses Datum können wir nicht lesen',
    unreadableText: (raw: string, today: string) =>
      `„${raw}“ ist kein Tag. Wählen Sie einen Tag im Datumsfeld, oder schreiben Sie ihn als JJJJ-MM-TT, zum Beispiel ${today}. Unten steht die aktuelle Liste.`,
  },
  removedPage: {
    title: (name: string) => `${name} (entfernt)`,
    description: (reason: string) => `Kein Unterauftragsverarbeiter mehr: ${reason}`,
    badge: 'Entfernt',
    text: (name: string, replaced: boolean): [string, string] => [
      `${name} ist nicht mehr einer unserer Unterauftragsverarbeiter: Er wurde am`,
      ` ${replaced ? 'ersetzt' : 'entfernt'}, wie in einer Änderungsmitteilung angekündigt.`,
    ],
    reasonInSource:
      'Der Grund steht auf Englisch, wie angekündigt: Maßgeblich ist die angekündigte englische Fassung.',
    replacedOn: 'Ersetzt am',
    removedOn: 'Entfernt am',
    changeNotice: 'Änderungsmitteilung',
    current: 'Zur aktuellen Liste:',
  },
  policyPage: {
    draft: 'Entwurf',
    effective: 'Gültig ab',
    sections: 'Abschnitte der Richtlinien',
    previous: 'Vorheriger Abschnitt',
    next: 'Nächster Abschnitt',
  },

  // the list, the table, the annex, developers
  draft: 'Entwurf',
  scopeChoice: {
    legend: 'Was der Kunde nutzt',
    hint: 'Unterauftragsverarbeiter für alle Kunden sind immer enthalten. Wählen Sie nichts aus, um die ganze Liste zu sehen.',
    show: 'Diese Liste anzeigen',
    all: 'Alle Unterauftragsverarbeiter',
    forScopes: (names: string[]) =>
      `Unterauftragsverarbeiter für alle Kunden sowie die für ${joined(names, 'oder')}.`,
    unknownTitle: 'Einige der gewählten Bereiche gibt es nicht',
    unknown: (slugs: string[]) =>
      `${slugs.length === 1 ? 'Den Bereich' : 'Die Bereiche'} ${slugs.map((slug) => `„${slug}“`).join(', ')} gibt es nicht; ${slugs.length === 1 ? 'er wurde' : 'sie wurden'} weggelassen. Wählen Sie aus der Liste dessen, was ein Kunde nutzt.`,
  },
  listPage: {
    description: (company: string | null | undefined) =>
      `Die Unterauftragsverarbeiter${company ? `, die ${company} einsetzt` : ''}: was jeder von ihnen verarbeitet, wo, und wie Übermittlungen abgesichert sind.`,
    otherFormats: 'Diese Liste in anderen Formaten',
    csv: 'Als CSV herunterladen',
    annex: 'Druckbarer Anhang für Ihren Auftragsverarbeitungsvertrag',
    changeLog: 'Änderungsprotokoll',
    noMatchesBefore:
      'Kein Unterauftragsverarbeiter entspricht diesen Filtern. Versuchen Sie es mit weniger oder kürzeren Wörtern, oder ',
    showAll: 'zeigen Sie alle Unterauftragsverarbeiter an',
  },
  subprocessorTable: {
    subprocessor: 'Unterauftragsverarbeiter',
    caption: 'Unterauftragsverarbeiter, einer pro Zeile',
  },
  tablePage: {
    title: (list: string) => `${list} (Tabelle)`,
    description: (list: string) =>
      `${list} als eine Tabelle: Kategorie, Zweck, verarbeitete Daten und Standorte jedes Unterauftragsverarbeiters.`,
    scopeForm: 'Die Unterauftragsverarbeiter eines Kunden anzeigen',
    count: (n: number) => `${n} Unterauftragsverarbeiter.`,
    countOf: (n: number, total: number) => `${n} von ${total} Unterauftragsverarbeitern.`,
  },
  // The annex is a legal document: the terms of the EU Standard Contractual Clauses (2021/914) in
  // their German version (Anhang III "Liste der Unterauftragsverarbeiter", Anhang I.B).
  annexPage: {
    title: 'Anhang: Liste der Unterauftragsverarbeiter',
    description: (company: string | null | undefined) =>
      `Die Liste der Unterauftragsverarbeiter${company ? ` von ${company}` : ''} als Anhang zu einem Auftragsverarbeitungsvertrag (Anhang III der EU-Standardvertragsklauseln).`,
    heading: 'Anhang: Liste der Unterauftragsverarbeiter',
    introStart: (company: string) =>
      `Die Unterauftragsverarbeiter, die ${company} mit der Verarbeitung personenbezogener Daten im Auftrag der Kunden beauftragt`,
    asOf: ', Stand:',
    introEnd:
      '. Aufgeführt sind die Angaben nach Anhang III der EU-Standardvertragsklauseln (2021) mit der Beschreibung der Verarbeitung nach Anhang I.B. Die aktuelle Liste finden Sie jederzeit unter',
    forCustomer: (names: string[]) => `Für einen Kunden, der ${names.join(', ')} nutzt:`,
    scopeForm: 'Den Anhang für einen Kunden erstellen',
    print:
      'Drucken Sie diese Seite, oder speichern Sie sie als PDF, um sie einem Vertrag beizufügen. Dieselbe Liste als Tabellendatei:',
    orAs: ' oder als',
    none: 'Es sind keine Unterauftragsverarbeiter aufgeführt.',
    caption: (n: number) => `${n} Unterauftragsverarbeiter, nach Name geordnet`,
    columns: {
      Subprocessor: 'Unterauftragsverarbeiter',
      'Description of the processing': 'Beschreibung der Verarbeitung',
      Location: 'Ort der Verarbeitung',
      'Transfer mechanism': 'Übermittlungsmechanismus',
    },
    questions: 'Fragen zu diesem Anhang:',
  },
  developersPage: {
    title: 'Für Entwickler',
    description:
      'Die öffentliche API des Trust Centers: Unterauftragsverarbeiter, Kategorien, angekündigte Änderungen und Richtlinien als JSON, mit einer Beschreibung in OpenAPI 3.1, und signierte Webhooks zu jeder Änderung.',
    lead: 'Lesen Sie die Liste der Unterauftragsverarbeiter, die dazu angekündigten Änderungen und die Richtlinien zum Umgang mit Daten aus Ihren eigenen Werkzeugen: einer Plattform für Lieferantenrisiken, einem Vertriebsportal, einer Statusseite oder einem Generator für Auftragsverarbeitungsverträge. Die API lässt sich nur lesen, braucht keinen Schlüssel und liefert nur veröffentlichte Inhalte.',
    contents: 'Auf dieser Seite',
    sections: {
      start: 'Erste Schritte',
      conventions: 'Konventionen',
      errors: 'Fehler',
      downloads: 'Downloads und Auffindbarkeit',
      webhooks: 'Webhooks',
      generatedApis: 'Die eigenen REST- und GraphQL-APIs des CMS',
      endpoints: 'Endpunkte',
      schemas: 'Schemas',
    },
    referenceNote:
      'Die Referenz der Endpunkte und Schemas wird aus der OpenAPI-Beschreibung erzeugt und steht, wie die Codebeispiele, auf Englisch.',
    start: (base: string, openApi: string) =>
      `Die Basisadresse ist \`${base}\`. Die ganze Schnittstelle ist in [OpenAPI 3.1](${openApi}) beschrieben: Laden Sie die Beschreibung in Ihren Client-Generator oder Ihr API-Werkzeug.`,
    exampleRequests: 'Beispielanfragen',
    conventions: {
      versions: 'Versionen',
      versionsText:
        'Die Version steht im Pfad (`/v1/`). Innerhalb von v1 können Felder und Endpunkte hinzukommen, sie werden aber nie umbenannt, im Typ geändert oder entfernt; Clients sollten Felder ignorieren, die sie nicht kennen.',
      identifiers: 'Kennungen',
      identifiersText:
        'Einträge werden über ihren Slug bezeichnet (zum Beispiel `stripe`), nie über eine Datenbank-ID.',
      pagination: 'Seitenweise Abfrage',
      paginationText: (max: number, byDefault: number) =>
        `Listen nehmen \`limit\` (1 bis ${max}, Standard ${byDefault}) und \`page\` (ab 1) an und antworten mit den Summen in \`pagination\` sowie \`links.next\` / \`links.prev\`.`,
      filters: 'Filter',
      filtersText:
        '`updatedSince` bei jeder Liste (Datum oder Datum mit Uhrzeit und Zeitzone nach ISO 8601); `category` (der Slug einer Kategorie) und `location` (Text, der in einem Standort vorkommt, gleich in welcher Schreibung) bei Unterauftragsverarbeitern; `kind`, `status`, `subprocessor` (der Slug eines Unterauftragsverarbeiters) und `since` (angekündigt an oder nach) bei Änderungen. Ein unbekannter oder wiederholter Parameter ist ein Fehler und wird nie ignoriert.',
      languages: 'Sprachen',
      languagesText: (codes: string[]) =>
        `\`locale\` (${codes.map((code) => `\`${code}\``).join(', ')}) bei jeder Ressource und bei den Exporten als CSV und JSON; \`Content-Language\` nennt die Sprache der Antwort. Ein Text ohne Übersetzung wird auf Englisch geliefert und in \`untranslated\` des Eintrags genannt. Änderungsmitteilungen bleiben auf Englisch: Sie sind die Aufzeichnung dessen, was angekündigt wurde.`,
      caching: 'Caching',
      cachingText: (cacheControl: string) =>
        `Jede Antwort hat ein starkes \`ETag\` (und bei Inhalten \`Last-Modified\`). Senden Sie es in \`If-None-Match\` (oder \`If-Modified-Since\`) zurück, um \`304 Not Modified\` ohne Inhalt zu erhalten, solange sich nichts geändert hat. Mit \`Cache-Control: ${cacheControl}\` kann ein CDN die API ausliefern.`,
      browsers: 'Browser',
      browsersText:
        'CORS ist zum Lesen offen: `Access-Control-Allow-Origin: *` bei GET, HEAD und OPTIONS. Andere Methoden werden mit 405 abgelehnt.',
      formats: 'Formate',
      formatsText:
        'JSON in UTF-8; Zeiten in UTC (ISO 8601). Richtlinientexte kommen als HTML, als reiner Text und als Lexical-JSON des Editors.',
      changeNotices: 'Änderungsmitteilungen',
      changeNoticesText: (changes: string) =>
        `Ein neuer Unterauftragsverarbeiter, ein Ersatz, eine Entfernung oder eine Änderung dessen, was einer tut, wird angekündigt, bevor sie wirksam wird. \`${changes}\` listet angekündigte und wirksame Änderungen auf, die neueste zuerst, mit jedem öffentlichen Feld vorher und nachher; Entwürfe und zurückgezogene Änderungen werden nie ausgeliefert. Dieselben Änderungen stehen in den Feeds [RSS](/changes/rss.xml), [Atom](/changes/atom.xml) und [JSON Feed](/changes/feed.json).`,
    },
    errors:
      'Fehler kommen als `application/problem+json` (RFC 9457): `type`, `title`, `status` und ein für Menschen geschriebenes `detail`.',
    problems: {
      'invalid-parameter':
        'Ein Abfrageparameter ist unbekannt, doppelt angegeben oder fehlerhaft. invalidParams nennt jeden mit dem Grund; korrigieren Sie sie, und senden Sie die Anfrage erneut.',
      'not-found':
        'Unter dieser Adresse ist nichts veröffentlicht: Prüfen Sie den Slug anhand der Liste oder den Pfad anhand dieser Seite.',
      gone: 'Der Unterauftragsverarbeiter wurde durch eine wirksame Änderungsmitteilung von der Liste genommen. removal nennt seinen Namen, das Datum, den Grund und die Änderung (in dieser API und im Portal); der Slug wird nie wiederverwendet.',
      'method-not-allowed':
        'Die API lässt sich nur lesen: Beantwortet werden nur GET, HEAD und OPTIONS.',
      'server-error':
        'Bei uns ist etwas fehlgeschlagen. Versuchen Sie es später erneut; die Anfrage selbst ist vielleicht in Ordnung.',
    },
    formatTitles: {
      '/subprocessors.csv': 'Liste der Unterauftragsverarbeiter (CSV)',
      '/subprocessors.json': 'Liste der Unterauftragsverarbeiter (JSON)',
      '/subprocessors/annex':
        'Anhang mit den Unterauftragsverarbeitern für Auftragsverarbeitungsverträge (druckbar)',
      '/changes/rss.xml': 'Änderungen bei Unterauftragsverarbeitern (RSS)',
      '/changes/atom.xml': 'Änderungen bei Unterauftragsverarbeitern (Atom)',
      '/changes/feed.json': 'Änderungen bei Unterauftragsverarbeitern (JSON Feed)',
    },
    wellKnown: ': wo die Liste, die API und diese Formate zu finden sind, für Maschinen',
    securityTxt: ': wo Sie eine Schwachstelle melden (RFC 9116)',
    generatedApis: (base: string, limits: typeof API_LIMITS) =>
      `\`/api/<collection>\` und \`/api/graphql\` spiegeln das interne Schema des CMS und ändern sich mit ihm: Bauen Sie Integrationen stattdessen auf \`${base}\`. Anonymen Clients liefern sie nur veröffentlichte Inhalte, nie Entwürfe, Teammitglieder oder Abonnenten, und sie lehnen mit 400 ab: mehr als ${limits.maxLimit} Dokumente pro Seite, \`pagination=false\`, eine Tiefe über dem eingestellten Höchstwert, ein \`where\`, das tiefer als ${limits.maxWhereDepth} Ebenen verschachtelt ist oder mehr als ${limits.maxWhereConditions} Bedingungen hat, und mehr als ${limits.maxGraphqlRootFields} Wurzelfelder in einer GraphQL-Operation. Die GraphQL-Introspektion ist im Produktivbetrieb abgeschaltet; abgelehnte GraphQL-Abfragen erhalten 400, es sei denn, der Client fragt nur nach \`application/json\`: Das wird nach der Spezifikation „GraphQL over HTTP“ mit 200 und \`errors\` beantwortet.`,
    webhooks: {
      intro:
        'Statt `/changes` regelmäßig abzufragen, lassen Sie die Administratoren des Trust Centers eine `https://`-Adresse von Ihnen eintragen. Jedes Mal, wenn eine Änderung angekündigt, zurückgezogen oder wirksam wird, wird sie dorthin als JSON per POST gesendet, signiert nach der Spezifikation [Standard Webhooks](https://www.standardwebhooks.com/), sodass jede ihrer Bibliotheken sie prüfen kann. Die Administratoren geben Ihnen das Geheimnis des Endpunkts (`whsec_…`) und können ein Testereignis senden.',
      events: 'Ereignisse',
      when: 'Wann',
      whenEvent: {
        'change.announced':
          'Den Kunden wird eine Änderungsmitteilung angekündigt: ein neuer, ersetzter oder entfernter Unterauftragsverarbeiter oder eine Änderung dessen, was einer tut. Gesendet zur selben Zeit wie die E-Mails mit der Mitteilung.',
        'change.cancelled':
          'Eine angekündigte Änderung wird zurückgezogen, bevor sie wirksam wurde. Sie verschwindet aus dem Änderungsprotokoll; data.status ist "cancelled".',
        'change.effective':
          'Eine angekündigte Änderung wird zu ihrem Datum wirksam: Die Liste hat sich geändert.',
      },
      testEvent:
        'Nur gesendet, wenn ein Administrator auf „Send a test event“ klickt; nie wiederholt. `data` enthält eine Nachricht und die Adresse Ihres Endpunkts.',
      message: 'Die Nachricht',
      messageText: '`POST` mit `Content-Type: application/json` und diesen Headern:',
      id: 'Die ID des Ereignisses, etwa `evt_6650f0c2a1b2c3d4e5f60718_announced`: eine pro Änderung und Ereignis, dieselbe bei jedem erneuten Versuch und jeder erneuten Zustellung. Merken Sie sich die IDs, die Sie bearbeitet haben, und ignorieren Sie eine Nachricht, deren ID Sie schon kennen.',
      timestamp: 'Wann dieser Versuch signiert wurde, in Sekunden seit 1970 (UTC).',
      signature:
        '`v1,`, dann der HMAC-SHA256 in Base64 von `${webhook-id}.${webhook-timestamp}.${body}`, mit dem Geheimnis als Schlüssel (das Base64 nach `whsec_`, dekodiert). Einen Tag lang nach dem Ersetzen eines Geheimnisses stehen hier zwei Signaturen, durch ein Leerzeichen getrennt: Es genügt, dass eine passt.',
      body: 'Der Inhalt hat drei Elemente: `type`, `timestamp` (wann es geschah) und `data`, die Änderung genau so, wie `/changes/{slug}` sie ausliefert ([Change](#schema-Change)).',
      exampleBody: 'Beispiel für den Inhalt eines Webhooks',
      verify: 'Einen Webhook prüfen',
      verifyText:
        'Prüfen Sie die Signatur über den Inhalt genau so, wie er ankam, bevor Sie ihn parsen, und lehnen Sie einen Zeitstempel ab, der mehr als fünf Minuten von jetzt abweicht. Mit Node.js und nichts als `node:crypto`:',
      verifyExample: 'Einen Webhook mit node:crypto prüfen',
      receiver: 'Ein Empfänger, der das verwendet:',
      receiverExample: 'Ein Webhook-Empfänger in Node.js',
      library:
        'Oder mit der Bibliothek der Spezifikation selbst (`npm install standardwebhooks`): `new Webhook(secret).verify(rawBody, headers)` gibt das Ereignis zurück oder wirft einen Fehler.',
      delivery: 'Zustellung und Wiederholungen',
      answer: (timeout: number, kilobytes: number) =>
        `Antworten Sie innerhalb von ${timeout} Sekunden mit einem beliebigen \`2xx\`; erledigen Sie die Arbeit danach. Alles andere ist ein Fehlschlag: ein anderer Status, keine Antwort in der Zeit, eine abgelehnte Verbindung. Weiterleitungen werden nicht verfolgt. Nur die ersten ${kilobytes} KB Ihrer Antwort werden gelesen und im Zustellprotokoll aufbewahrt.`,
      retries: (schedule: string, attempts: number, hours: number) =>
        `Eine fehlgeschlagene Zustellung wird nach ${schedule} erneut versucht: ${attempts} Versuche über etwa ${hours} Stunden. Die Administratoren sehen jeden Versuch und können eine Zustellung jederzeit erneut senden.`,
      atLeastOnce:
        'Zugestellt wird mindestens einmal: Eine Nachricht kann zweimal ankommen (ein erneuter Versuch, nachdem Ihre Antwort verloren ging, oder eine erneute Zustellung), immer mit derselben `webhook-id`. Nachrichten können in anderer Reihenfolge ankommen; `timestamp` und `data.status` zeigen, welcher Stand neuer ist.',
      switchedOff:
        'Nach wiederholten Fehlschlägen (drei Zustellungen in Folge, bei denen jeder Versuch fehlschlug) wird Ihr Endpunkt abgeschaltet, und die Administratoren werden benachrichtigt. Bis sie ihn wieder einschalten, wird nichts an ihn gesendet.',
    },
  },
}

const WORDS: Partial<Record<Locale, Partial<PortalWords>>> = { de }

/** The portal's words in `locale`. */
export const portalWords = (locale: Locale): PortalWords =>
  locale === DEFAULT_LOCALE ? en : { ...en, ...WORDS[locale] }

/** The portal's words in the language of the page being rendered. */
export const pageWords = (): PortalWords => portalWords(requestLocale())

/** The words under a code read from the address (`?status=`, `?error=`): own keys only. */
export const wordsAt = <Words>(table: Record<string, Words>, code: string): Words | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined
