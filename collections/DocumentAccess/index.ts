import type { GlobalConfig } from 'payload'
import { anyone, staffOnly, staffOnlyField } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateGlobalAfterChange } from '@/cache/revalidate'
import { validateDomainList } from '@/document-access/domains'

/**
 * How confidential documents are released: the NDA visitors accept (every saved version is kept:
 * an acceptance records the version and a hash of its text), how long access lasts, and which
 * email domains are approved in advance or refused.
 */
export const DocumentAccess: GlobalConfig = {
  slug: 'document-access',
  label: 'Document access settings',
  admin: {
    group: 'Settings',
    description:
      'The NDA visitors accept before they download a confidential document, and who gets access without waiting.',
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  versions: { max: 1000 },
  hooks: { afterChange: [revalidateGlobalAfterChange([TAGS.documents])] },
  fields: [
    {
      name: 'ndaTitle',
      label: 'NDA title',
      type: 'text',
      required: true,
      defaultValue: 'Non-disclosure agreement',
      maxLength: 150,
    },
    {
      name: 'ndaText',
      label: 'NDA text',
      type: 'richText',
      admin: {
        description:
          'The agreement a visitor accepts with one click before a confidential download. Every saved version is kept; each acceptance records which one. Until it is filled in, confidential documents cannot be requested.',
      },
    },
    {
      name: 'grantDays',
      label: 'Access lasts (days)',
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 1,
      max: 365,
      admin: { description: 'How long a visitor can download a document once given access.' },
    },
    {
      name: 'autoApproveDomains',
      label: 'Approve these email domains at once',
      type: 'textarea',
      access: { read: staffOnlyField },
      validate: validateDomainList,
      admin: {
        description:
          'One domain per line, for example customer.com. Requests from these addresses (and their subdomains) skip staff approval; they still confirm their email and accept the NDA.',
      },
    },
    {
      name: 'refusedDomains',
      label: 'Refuse these email domains',
      type: 'textarea',
      access: { read: staffOnlyField },
      validate: validateDomainList,
      admin: {
        description:
          'One domain per line. Requests from these addresses are turned away with a request to use a work email.',
      },
    },
    {
      name: 'refuseFreeMail',
      label: 'Refuse free email providers',
      type: 'checkbox',
      defaultValue: false,
      access: { read: staffOnlyField },
      admin: {
        description:
          'Turns away addresses at the common free providers (Gmail, Outlook.com, Yahoo and some 350 more, from the email-providers list). Domains in the approve list above are never refused.',
      },
    },
    {
      name: 'approvalsEmail',
      label: 'Tell this address about requests to approve',
      type: 'email',
      access: { read: staffOnlyField },
      admin: { description: 'Leave empty to use the contact email of the trust center settings.' },
    },
  ],
}
