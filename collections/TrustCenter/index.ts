import type { GlobalConfig, PayloadRequest } from 'payload'
import { adminLanguage } from '@/i18n/adminWords'
import { adminsOnlyField, anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { webAddressField } from '@/fields/url'
import { materialFieldWords } from '@/schema/subprocessor'
import { materialFieldWordsIn } from '@/i18n/subprocessorWords'
import { revalidateGlobalAfterChange } from '@/cache/revalidate'
import { accentColorProblem, normalizeHex } from '@/site/accent'
import { noticeRuleFields, onlyAdminsChangeNoticeRules } from './hooks/noticeRules'
import { recordNoticeSettings } from './hooks/recordNoticeSettings'
import { withTranslated } from '@/fields/localized'
import { text, textarea } from 'payload/shared'

export const TrustCenter: GlobalConfig = {
  slug: 'trust-center',
  label: { en: 'Trust center settings', de: 'Trust-Center-Einstellungen' },
  admin: {
    group: { en: 'Settings', de: 'Einstellungen' },
    description: {
      en: 'The company details shown in the header, footer and home page of the trust center.',
      de: 'Die Angaben zum Unternehmen, die in Kopfzeile, Fußzeile und auf der Startseite des Trust Centers erscheinen.',
    },
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
        label: { en: 'Company name', de: 'Name des Unternehmens' },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'As customers know it, for example "Clicki Referrals".',
            de: 'Wie Kunden es kennen, zum Beispiel „Clicki Referrals“.',
          },
        },
      },
      {
        name: 'shortName',
        label: { en: 'Short name', de: 'Kurzname' },
        type: 'text',
        maxLength: 60,
        admin: {
          description: {
            en: 'Optional. How the text refers to the company, for example "Clicki".',
            de: 'Optional. Wie der Text das Unternehmen nennt, zum Beispiel „Clicki“.',
          },
        },
      },
      {
        name: 'portalTitle',
        label: { en: 'Portal title', de: 'Titel des Portals' },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'Shown in the header and browser tab, for example "Clicki Referrals Trust Center".',
            de: 'Erscheint in der Kopfzeile und im Browser-Tab, zum Beispiel „Clicki Referrals Trust Center“.',
          },
        },
      },
      {
        name: 'subprocessorListTitle',
        label: {
          en: 'Subprocessor list title',
          de: 'Titel der Liste der Unterauftragsverarbeiter',
        },
        type: 'text',
        required: true,
        maxLength: 120,
        admin: {
          description: {
            en: 'The heading of the subprocessor list page.',
            de: 'Die Überschrift der Seite mit der Liste der Unterauftragsverarbeiter.',
          },
        },
      },
      {
        name: 'contactEmail',
        label: { en: 'Contact email', de: 'Kontakt-E-Mail-Adresse' },
        type: 'email',
        required: true,
        admin: {
          description: {
            en: 'Where customers send questions about subprocessors and data handling.',
            de: 'Wohin Kunden Fragen zu Unterauftragsverarbeitern und zum Umgang mit Daten senden.',
          },
        },
      },
      {
        name: 'introduction',
        label: { en: 'Introduction', de: 'Einleitung' },
        type: 'textarea',
        maxLength: 1000,
        admin: {
          description: {
            en: 'A short welcome shown at the top of the home page.',
            de: 'Eine kurze Begrüßung oben auf der Startseite.',
          },
        },
      },
      {
        type: 'collapsible',
        label: { en: 'Brand', de: 'Marke' },
        admin: {
          description: {
            en: 'How the trust center looks: your logo and your accent colour.',
            de: 'Wie das Trust Center aussieht: Ihr Logo und Ihre Akzentfarbe.',
          },
        },
        fields: [
          {
            name: 'logo',
            label: { en: 'Logo', de: 'Logo' },
            type: 'upload',
            relationTo: 'media',
            admin: {
              description: {
                en: 'Optional. Shown in the header beside the portal title. A PNG, JPEG or WebP about 64 pixels high, or larger with the same proportions.',
                de: 'Optional. Erscheint in der Kopfzeile neben dem Titel des Portals. Ein PNG, JPEG oder WebP, etwa 64 Pixel hoch, oder größer mit denselben Proportionen.',
              },
            },
          },
          {
            name: 'accentColor',
            label: { en: 'Accent colour', de: 'Akzentfarbe' },
            type: 'text',
            maxLength: 20,
            validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
              accentColorProblem(value, adminLanguage(req.i18n).t) ?? true,
            hooks: {
              beforeChange: [
                ({ value }) => (value ? (normalizeHex(String(value)) ?? value) : null),
              ],
            },
            admin: {
              description: {
                en: 'Optional. A colour code such as #0b57d0, used for links and buttons. It must be dark enough to read on white (contrast of at least 4.5:1); a lighter shade of it is used in dark mode.',
                de: 'Optional. Ein Farbcode wie #0b57d0, verwendet für Links und Schaltflächen. Er muss dunkel genug sein, um auf Weiß lesbar zu sein (Kontrast von mindestens 4,5:1); im dunklen Modus wird ein hellerer Ton davon verwendet.',
              },
            },
          },
        ],
      },
      {
        type: 'collapsible',
        label: { en: 'Change notices', de: 'Änderungsmitteilungen' },
        admin: {
          description: {
            en: 'Only administrators can change these rules. Every change is kept in the evidence ledger.',
            de: 'Nur Administratoren können diese Regeln ändern. Jede Änderung wird im Nachweisprotokoll festgehalten.',
          },
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
              description: {
                en: 'How long before a subprocessor change takes effect customers must be told. Most data processing agreements ask for 30 days.',
                de: 'Wie lange vor dem Wirksamwerden einer Änderung bei den Unterauftragsverarbeitern die Kunden informiert werden müssen. Die meisten Auftragsverarbeitungsverträge verlangen 30 Tage.',
              },
            },
          },
          {
            name: 'requireNotice',
            label: noticeRuleFields.requireNotice,
            access: { update: adminsOnlyField },
            type: 'checkbox',
            defaultValue: true,
            admin: {
              description: {
                en: `Recommended. When on, a new subprocessor, or a new ${materialFieldWords}, goes live only through an announced change notice on its effective date.`,
                de: `Empfohlen. Wenn eingeschaltet, gehen ein neuer Unterauftragsverarbeiter und neue Angaben für ${materialFieldWordsIn('de')} erst über eine angekündigte Änderungsmitteilung an deren Datum live.`,
              },
            },
          },
        ],
      },
      {
        // Published at /.well-known/security.txt (RFC 9116) for people reporting vulnerabilities.
        type: 'collapsible',
        label: { en: 'Security contact (security.txt)', de: 'Sicherheitskontakt (security.txt)' },
        admin: { initCollapsed: true },
        fields: [
          {
            name: 'securityContact',
            label: { en: 'Security contact email', de: 'E-Mail-Adresse für Sicherheitsmeldungen' },
            type: 'email',
            admin: {
              description: {
                en: 'Where security researchers report vulnerabilities. Leave empty to use the contact email above.',
                de: 'Wohin Sicherheitsforscher Schwachstellen melden. Leer lassen, um die Kontakt-E-Mail-Adresse oben zu verwenden.',
              },
            },
          },
          webAddressField(
            'securityPolicyUrl',
            {
              en: 'Vulnerability disclosure policy',
              de: 'Richtlinie zur Meldung von Schwachstellen',
            },
            {
              en: 'Optional. Link to the page that explains how to report a vulnerability and what happens next.',
              de: 'Optional. Link zur Seite, die erklärt, wie man eine Schwachstelle meldet und was dann geschieht.',
            },
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
