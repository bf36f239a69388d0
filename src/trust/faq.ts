import type { TranslatedOption } from '@/utilities/options'

export const FAQ_VISIBILITY = [
  {
    value: 'public',
    label: 'Public: anyone can read it',
    de: 'Öffentlich: Jede Person kann sie lesen',
  },
  {
    value: 'gated',
    label: 'Customers only: visitors who have been given access to a document',
    de: 'Nur für Kunden: Besucher, die Zugang zu einem Dokument erhalten haben',
  },
] as const satisfies readonly TranslatedOption[]
export type FaqVisibility = (typeof FAQ_VISIBILITY)[number]['value']
