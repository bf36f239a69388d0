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
  label: { en: 'Document access settings', de: 'Einstellungen für den Dokumentzugang' },
  admin: {
    group: { en: 'Settings', de: 'Einstellungen' },
    description: {
      en: 'The NDA visitors accept before they download a confidential document, and who gets access without waiting.',
      de: 'Die NDA, die Besucher vor dem Download eines vertraulichen Dokuments akzeptieren, und wer ohne Wartezeit Zugang erhält.',
    },
  },
  access: { read: anyone, update: staffOnly, readVersions: staffOnly },
  versions: { max: 1000 },
  hooks: { afterChange: [revalidateGlobalAfterChange([TAGS.documents])] },
  fields: [
    {
      name: 'ndaTitle',
      label: { en: 'NDA title', de: 'Titel der NDA' },
      type: 'text',
      required: true,
      defaultValue: 'Non-disclosure agreement',
      maxLength: 150,
    },
    {
      name: 'ndaText',
      label: { en: 'NDA text', de: 'Text der NDA' },
      type: 'richText',
      admin: {
        description: {
          en: 'The agreement a visitor accepts with one click before a confidential download. Every saved version is kept; each acceptance records which one. Until it is filled in, confidential documents cannot be requested.',
          de: 'Die Vereinbarung, die Besucher vor einem vertraulichen Download mit einem Klick akzeptieren. Jede gespeicherte Version bleibt erhalten; jede Annahme hält fest, welche es war. Solange der Text fehlt, können vertrauliche Dokumente nicht angefragt werden.',
        },
      },
    },
    {
      name: 'grantDays',
      label: { en: 'Access lasts (days)', de: 'Dauer des Zugangs (Tage)' },
      type: 'number',
      required: true,
      defaultValue: 30,
      min: 1,
      max: 365,
      admin: {
        description: {
          en: 'How long a visitor can download a document once given access.',
          de: 'Wie lange Besucher ein Dokument herunterladen können, nachdem sie Zugang erhalten haben.',
        },
      },
    },
    {
      name: 'autoApproveDomains',
      label: {
        en: 'Approve these email domains at once',
        de: 'Diese E-Mail-Domains sofort freigeben',
      },
      type: 'textarea',
      access: { read: staffOnlyField },
      validate: validateDomainList,
      admin: {
        description: {
          en: 'One domain per line, for example customer.com. Requests from these addresses (and their subdomains) skip staff approval; they still confirm their email and accept the NDA.',
          de: 'Eine Domain pro Zeile, zum Beispiel customer.com. Anfragen von diesen Adressen (und ihren Subdomains) brauchen keine Freigabe durch das Team; die Personen bestätigen trotzdem ihre E-Mail-Adresse und akzeptieren die NDA.',
        },
      },
    },
    {
      name: 'refusedDomains',
      label: { en: 'Refuse these email domains', de: 'Diese E-Mail-Domains ablehnen' },
      type: 'textarea',
      access: { read: staffOnlyField },
      validate: validateDomainList,
      admin: {
        description: {
          en: 'One domain per line. Requests from these addresses are turned away with a request to use a work email.',
          de: 'Eine Domain pro Zeile. Anfragen von diesen Adressen werden abgewiesen, mit der Bitte, eine geschäftliche E-Mail-Adresse zu verwenden.',
        },
      },
    },
    {
      name: 'refuseFreeMail',
      label: { en: 'Refuse free email providers', de: 'Kostenlose E-Mail-Anbieter ablehnen' },
      type: 'checkbox',
      defaultValue: false,
      access: { read: staffOnlyField },
      admin: {
        description: {
          en: 'Turns away addresses at the common free providers (Gmail, Outlook.com, Yahoo and some 350 more, from the email-providers list). Domains in the approve list above are never refused.',
          de: 'Weist Adressen bei den gängigen kostenlosen Anbietern ab (Gmail, Outlook.com, Yahoo und etwa 350 weitere aus der Liste email-providers). Domains in der Freigabeliste oben werden nie abgelehnt.',
        },
      },
    },
    {
      name: 'approvalsEmail',
      label: {
        en: 'Tell this address about requests to approve',
        de: 'Diese Adresse über freizugebende Anfragen informieren',
      },
      type: 'email',
      access: { read: staffOnlyField },
      admin: {
        description: {
          en: 'Leave empty to use the contact email of the trust center settings.',
          de: 'Leer lassen, um die Kontakt-E-Mail-Adresse aus den Trust-Center-Einstellungen zu verwenden.',
        },
      },
    },
  ],
}
