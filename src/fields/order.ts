import type { NumberField } from 'payload'

/** "Display order" in the sidebar: lower numbers first, 100 for a new entry. */
export const orderField = (
  description = 'Lower numbers are shown first. Use steps of 10 to leave room in between.',
): NumberField => ({
  name: 'order',
  label: 'Display order',
  type: 'number',
  required: true,
  defaultValue: 100,
  min: 0,
  admin: { position: 'sidebar', description },
})
