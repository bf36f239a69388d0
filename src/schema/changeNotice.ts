export const changeKinds = [
  { value: 'addition', label: 'Addition: we start using a new subprocessor' },
  { value: 'replacement', label: 'Replacement: a new subprocessor takes over from another' },
  { value: 'removal', label: 'Removal: we stop using a subprocessor' },
  { value: 'material-edit', label: 'Change: new purpose, data processed or location' },
] as const

export const changeStatuses = [
  { value: 'draft', label: 'Not announced yet' },
  { value: 'announced', label: 'Announced: customers notified' },
  { value: 'effective', label: 'In effect' },
  { value: 'cancelled', label: 'Cancelled' },
] as const
