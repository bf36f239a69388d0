export const FAQ_VISIBILITY = [
  { value: 'public', label: 'Public: anyone can read it' },
  { value: 'gated', label: 'Customers only: visitors who have been given access to a document' },
] as const
export type FaqVisibility = (typeof FAQ_VISIBILITY)[number]['value']
