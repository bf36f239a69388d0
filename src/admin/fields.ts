import type { UIField } from 'payload'

/** The subprocessor list's "State" column (no stored value: worked out from the change notices). */
export const subprocessorStateColumn: UIField = {
  name: 'state',
  label: { en: 'State', de: 'Stand' },
  type: 'ui',
  admin: {
    components: { Cell: '/src/admin/SubprocessorStateCell#SubprocessorStateCell' },
  },
}
