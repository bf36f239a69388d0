// The Clicki Referrals trust center, as published in its original subprocessor list
// (shared/seeds/000_c2bbe4222c982feb.txt). Every fact of that page lives here, once.
import { bulletList, paragraph, richText } from './lexical'

export const trustCenter = {
  companyName: 'Clicki Referrals',
  shortName: 'Clicki',
  portalTitle: 'Clicki Referrals Trust Center',
  subprocessorListTitle: 'Clicki Subprocessor List',
  contactEmail: 'support@joinclicki.com',
  introduction:
    'How Clicki Referrals handles customer data: the third-party subprocessors we use, what each of them processes and where, and how we manage them.',
  // "Customers may be notified of material changes": the usual 30 days of a data processing agreement
  noticePeriodDays: 30,
  requireNotice: true,
}

export const categories = [
  { name: 'Infrastructure and Hosting', slug: 'infrastructure-and-hosting', order: 10 },
  { name: 'Communications and Messaging', slug: 'communications-and-messaging', order: 20 },
  { name: 'Payments and Payouts', slug: 'payments-and-payouts', order: 30 },
  { name: 'Support and Communication Tools', slug: 'support-and-communication-tools', order: 40 },
  { name: 'Monitoring and Logging', slug: 'monitoring-and-logging', order: 50 },
]

type CategorySlug = (typeof categories)[number]['slug']

export const subprocessors: Array<{
  name: string
  slug: string
  legalEntity?: string
  category: CategorySlug
  purpose: string
  dataProcessed: string[]
  securityUrl?: string
  locations: string[]
}> = [
  {
    name: 'Amazon Web Services (AWS)',
    slug: 'amazon-web-services',
    category: 'infrastructure-and-hosting',
    purpose: 'Cloud infrastructure, hosting, storage, compute, networking, and managed services',
    dataProcessed: ['Application data', 'customer data', 'referral data', 'logs', 'backups'],
    securityUrl: 'https://aws.amazon.com/compliance/soc-faqs/',
    locations: ['United States (primary), global infrastructure'],
  },
  {
    name: 'Twilio',
    slug: 'twilio',
    category: 'communications-and-messaging',
    purpose: 'SMS and MMS messaging delivery and communication services',
    dataProcessed: ['Phone numbers', 'message content', 'metadata related to communication events'],
    securityUrl: 'https://security.twilio.com/',
    locations: ['United States / global infrastructure'],
  },
  {
    name: 'Dots',
    slug: 'dots',
    legalEntity: 'Divisible Inc.',
    category: 'payments-and-payouts',
    purpose: 'Referral reward payouts and cashout processing',
    dataProcessed: ['Payout data', 'recipient information', 'financial transaction metadata'],
    securityUrl: 'https://usedots.com/platform/comprehensive-security/',
    locations: ['United States'],
  },
  {
    name: 'Stripe',
    slug: 'stripe',
    category: 'payments-and-payouts',
    purpose: 'Payment processing for Clicki customers (subscription billing, charges)',
    dataProcessed: ['Billing data', 'payment information', 'transaction metadata'],
    securityUrl: 'https://docs.stripe.com/security',
    locations: ['United States / global infrastructure'],
  },
  {
    name: 'Plain.com',
    slug: 'plain',
    category: 'support-and-communication-tools',
    purpose: 'Customer support platform and ticketing system',
    dataProcessed: ['Support conversations', 'customer contact information', 'issue-related data'],
    locations: ['United States / global infrastructure'],
  },
  {
    name: 'Amazon CloudWatch (AWS)',
    slug: 'amazon-cloudwatch',
    category: 'monitoring-and-logging',
    purpose: 'Logging, monitoring, and observability',
    dataProcessed: [
      'Application logs',
      'metrics',
      'operational data (may include limited customer data if not fully redacted)',
    ],
    locations: ['United States'],
  },
]

const managementPractices = [
  'Subprocessors are expected to implement appropriate security and data protection measures',
  'Data shared with subprocessors is limited to what is necessary for their function',
  'Contracts or agreements include data protection and confidentiality obligations where feasible',
]

export const policies = [
  {
    title: 'Purpose',
    slug: 'purpose',
    order: 10,
    summary: 'Why this list exists and what a subprocessor is for Clicki Referrals.',
    body: richText(
      paragraph(
        'This document identifies the third-party subprocessors used by Clicki Referrals to deliver its services. Subprocessors are vendors or service providers that may process customer data, including personal data (PII), on behalf of Clicki.',
      ),
    ),
  },
  {
    title: 'Scope',
    slug: 'scope',
    order: 20,
    summary: 'The systems and services this list covers.',
    body: richText(
      paragraph(
        'This list applies to all production systems and services used by Clicki Referrals that may store, process, or transmit customer or end-user data.',
      ),
    ),
  },
  {
    title: 'Subprocessor Definition',
    slug: 'subprocessor-definition',
    order: 30,
    summary: 'What counts as a subprocessor.',
    body: richText(
      paragraph(
        'A subprocessor is any third-party entity engaged by Clicki that processes customer data in order to provide core platform functionality, infrastructure, communications, payments, analytics, or support services.',
      ),
    ),
  },
  {
    title: 'Subprocessor Management',
    slug: 'subprocessor-management',
    order: 40,
    summary: 'How Clicki evaluates and oversees its subprocessors.',
    body: richText(
      paragraph(
        'Clicki evaluates subprocessors prior to use and considers factors such as security practices, reputation, and relevance to service delivery. Subprocessors are selected to support secure and reliable operation of the Clicki platform.',
      ),
      paragraph('Where applicable:'),
      bulletList(managementPractices.map((practice) => [practice])),
    ),
  },
  {
    title: 'Changes to Subprocessors',
    slug: 'changes-to-subprocessors',
    order: 50,
    summary: 'How changes to this list are made and announced.',
    body: richText(
      paragraph(
        'Clicki may update this list from time to time as services evolve. Customers may be notified of material changes in accordance with contractual or legal obligations.',
      ),
    ),
  },
  {
    title: 'Contact',
    slug: 'contact',
    order: 60,
    summary: 'Who to ask about subprocessors or data handling.',
    body: richText(
      paragraph('For questions regarding subprocessors or data handling, please contact:'),
      paragraph({ link: `mailto:${trustCenter.contactEmail}`, text: trustCenter.contactEmail }),
    ),
  },
]
