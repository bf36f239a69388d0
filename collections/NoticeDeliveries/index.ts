import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '@/access'
import { customerAccountsField } from '@/fields/customerAccounts'
import { languageOptions } from '@/fields/options'

// Proof of notice: every attempt to email a change to a subscriber, appended by the sending job.
export const NoticeDeliveries: CollectionConfig = {
  slug: 'notice-deliveries',
  labels: {
    singular: { en: 'Notice sent', de: 'Versendete Mitteilung' },
    plural: { en: 'Notices sent', de: 'Versendete Mitteilungen' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'change', 'status', 'sentAt', 'messageId', 'smtpResponse'],
    group: { en: 'Change notices', de: 'Änderungsmitteilungen' },
    description: {
      en: 'Proof that each subscriber was emailed about each change: when, to whom, the email’s Message-ID, and whether the mail server accepted it. Failed attempts are retried automatically.',
      de: 'Der Nachweis, dass jeder Abonnent zu jeder Änderung eine E-Mail erhalten hat: wann, an wen, die Message-ID der E-Mail und ob der Mailserver sie angenommen hat. Fehlgeschlagene Versuche werden automatisch wiederholt.',
    },
  },
  defaultSort: '-sentAt',
  access: { create: nobody, read: adminsOnly, update: nobody, delete: nobody },
  fields: [
    {
      name: 'change',
      label: { en: 'Change', de: 'Änderung' },
      type: 'relationship',
      relationTo: 'changes',
      required: true,
      index: true,
    },
    {
      name: 'subscriber',
      label: { en: 'Subscriber', de: 'Abonnent' },
      type: 'relationship',
      relationTo: 'subscribers',
      required: true,
      index: true,
    },
    { name: 'email', label: { en: 'Email', de: 'E-Mail' }, type: 'email', required: true },
    customerAccountsField({
      en: 'The customers this person was notified for, as their notice contact. Empty: a public subscriber only.',
      de: 'Die Kunden, für die diese Person als Kontakt für Mitteilungen benachrichtigt wurde. Leer: nur ein öffentlicher Abonnent.',
    }),
    {
      name: 'status',
      label: { en: 'Outcome', de: 'Ergebnis' },
      type: 'select',
      required: true,
      options: [
        {
          value: 'sent',
          label: { en: 'Accepted by the mail server', de: 'Vom Mailserver angenommen' },
        },
        {
          value: 'failed',
          label: {
            en: 'Failed (retried automatically)',
            de: 'Fehlgeschlagen (wird automatisch wiederholt)',
          },
        },
      ],
    },
    {
      name: 'language',
      label: { en: 'Language', de: 'Sprache' },
      type: 'select',
      options: languageOptions(),
      admin: {
        description: {
          en: 'The language the email was written in. Empty: sent before notices came in several languages (English).',
          de: 'Die Sprache, in der die E-Mail geschrieben war. Leer: versendet, bevor es Mitteilungen in mehreren Sprachen gab (Englisch).',
        },
      },
    },
    {
      name: 'attempt',
      label: { en: 'Attempt', de: 'Versuch' },
      type: 'number',
      required: true,
    },
    {
      name: 'sentAt',
      label: { en: 'Sent at', de: 'Gesendet am' },
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'messageId', label: { en: 'Message-ID', de: 'Message-ID' }, type: 'text' },
    {
      name: 'smtpResponse',
      label: { en: 'Mail server reply', de: 'Antwort des Mailservers' },
      type: 'text',
      admin: {
        description: {
          en: 'What the SMTP server answered, for example "250 2.0.0 Ok: queued". A notice counts as sent only when the server accepted it.',
          de: 'Was der SMTP-Server geantwortet hat, zum Beispiel „250 2.0.0 Ok: queued“. Eine Mitteilung gilt erst als versendet, wenn der Server sie angenommen hat.',
        },
      },
    },
    { name: 'error', label: { en: 'Error', de: 'Fehler' }, type: 'textarea' },
  ],
}
