import type { GlobalConfig } from 'payload'
import { adminsOnlyField, anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { webAddressField } from '@/fields/url'
import { materialFieldWords } from '@/schema/subprocessor'
import { revalidateGlobalAfterChange } from '@/cache/revalidate'
import { accentColorProblem, normalizeHex } from '@/site/accent'
import { noticeRuleFields, onlyAdminsChangeNoticeRules } from './hooks/noticeRules'
import { recordNoticeSettings } from './hooks/recordNoticeSettings'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const TrustCenter: GlobalConfig = {
  slug: 'trust-center',
  label: 'Trust center settings',
  admin: {
    group: 'Settings',
    description:
      'The company details shown in the header, footer and home page of the trust center.',
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  // Every save is kept, so the notice rules in force on any day can be shown (Versions tab).
  versions: { max: 500 },
  hooks: {
    beforeOperation: [onlyAdminsChangeNoticeRules],
    afterChange: [recordNoticeSettings, revalidateGlobalAfterChange([TAGS.trustCenter])],
  },
  fields: withTranslated(
    [
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
        admin: {
          description: 'Optional. How the text refers to the company, for example "Clicki".',
        },
      },
      {
        name: 'portalTitle',
        label: 'Portal title',
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description:
            'Shown in the header and browser tab, for example "Clicki Referrals Trust Center".',
        },
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
        admin: {
          description: 'Where customers send questions about subprocessors and data handling.',
        },
      },
      {
        name: 'introduction',
        type: 'textarea',
        maxLength: 1000,
        admin: { description: 'A short welcome shown at the top of the home page.' },
      },
      {
        type: 'collapsible',
        label: 'Brand',
        admin: { description: 'How the trust center looks: your logo and your accent colour.' },
        fields: [
          {
            name: 'logo',
            type: 'upload',
            relationTo: 'media',
            admin: {
              description:
                'Optional. Shown in the header beside the portal title. A PNG, JPEG or WebP about 64 pixels high, or larger with the same proportions.',
            },
          },
          {
            name: 'accentColor',
            label: 'Accent colour',
            type: 'text',
            maxLength: 20,
            validate: (value: string | null | undefined) => accentColorProblem(value) ?? true,
            hooks: {
              beforeChange: [
                ({ value }) => (value ? (normalizeHex(String(value)) ?? value) : null),
              ],
            },
            admin: {
              description:
                'Optional. A colour code such as #0b57d0, used for links and buttons. It must be dark enough to read on white (contrast of at least 4.5:1); a lighter shade of it is used in dark mode.',
            },
          },
        ],
      },
      {
        type: 'collapsible',
        label: 'Change notices',
        admin: {
          description:
            'Only administrators can change these rules. Every change is kept in the evidence ledger.',
        },
        fields: [
          {
            name: 'noticePeriodDays',
            label: noticeRuleFields.noticePeriodDays,
            access: { update: adminsOnlyField },
            type: 'number',
            required: true,
            defaultValue: 30,
            min: 0,
            max: 365,
            admin: {
              description:
                'How long before a subprocessor change takes effect customers must be told. Most data processing agreements ask for 30 days.',
            },
          },
          {
            name: 'requireNotice',
            label: noticeRuleFields.requireNotice,
            access: { update: adminsOnlyField },
            type: 'checkbox',
            defaultValue: true,
            admin: {
              description: `Recommended. When on, a new subprocessor, or a new ${materialFieldWords}, goes live only through an announced change notice on its effective date.`,
            },
          },
        ],
      },
      {
        // Published at /.well-known/security.txt (RFC 9116) for people reporting vulnerabilities.
        type: 'collapsible',
        label: 'Security contact (security.txt)',
        admin: { initCollapsed: true },
        fields: [
          {
            name: 'securityContact',
            label: 'Security contact email',
            type: 'email',
            admin: {
              description:
                'Where security researchers report vulnerabilities. Leave empty to use the contact email above.',
            },
          },
          webAddressField(
            'securityPolicyUrl',
            'Vulnerability disclosure policy',
            'Optional. Link to the page that explains how to report a vulnerability and what happens next.',
          ),
        ],
      },
      {
        // Set once by the seed so that a later start never re-creates content an editor removed.
        name: 'seededAt',
        type: 'date',
        hidden: true,
      },
    ],
    { portalTitle: text, subprocessorListTitle: text, introduction: textarea },
  ),
}
