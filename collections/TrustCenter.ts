import type { GlobalConfig } from 'payload'
import { anyone, staffOnly } from '@/access'
import { TAGS } from '@/data/tags'
import { revalidateGlobalAfterChange } from '@/hooks/revalidatePortal'

export const TrustCenter: GlobalConfig = {
  slug: 'trust-center',
  label: 'Trust center settings',
  admin: {
    group: 'Settings',
    description: 'The company details shown in the header, footer and home page of the trust center.',
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  hooks: { afterChange: [revalidateGlobalAfterChange([TAGS.trustCenter])] },
  fields: [
    {
      name: 'companyName',
      label: 'Company name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'As customers know it, for example "Clicki Referrals".' },
    },
    {
      name: 'shortName',
      label: 'Short name',
      type: 'text',
      maxLength: 60,
      admin: { description: 'Optional. How the text refers to the company, for example "Clicki".' },
    },
    {
      name: 'portalTitle',
      label: 'Portal title',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Shown in the header and browser tab, for example "Clicki Referrals Trust Center".' },
    },
    {
      name: 'subprocessorListTitle',
      label: 'Subprocessor list title',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'The heading of the subprocessor list page.' },
    },
    {
      name: 'contactEmail',
      label: 'Contact email',
      type: 'email',
      required: true,
      admin: { description: 'Where customers send questions about subprocessors and data handling.' },
    },
    {
      name: 'introduction',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'A short welcome shown at the top of the home page.' },
    },
    {
      // Set once by the seed so that a later start never re-creates content an editor removed.
      name: 'seededAt',
      type: 'date',
      hidden: true,
    },
  ],
}
