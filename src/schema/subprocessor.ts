export const transferSafeguards = [
  { value: 'eu-sccs', label: 'EU Standard Contractual Clauses (SCCs)' },
  { value: 'eu-us-dpf', label: 'EU-US Data Privacy Framework' },
  { value: 'uk-idta', label: 'UK International Data Transfer Addendum' },
  { value: 'swiss-us-dpf', label: 'Swiss-US Data Privacy Framework' },
  { value: 'adequacy', label: 'Adequacy decision' },
  { value: 'bcrs', label: 'Binding Corporate Rules' },
  { value: 'not-applicable', label: 'Not applicable: data stays in the EEA' },
] as const
