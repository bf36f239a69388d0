import type { NumberField } from 'payload'
import type { AdminText } from '@/i18n/adminWords'

/** "Display order" in the sidebar: lower numbers first, 100 for a new entry. */
export const orderField = (
  description: AdminText = {
    en: 'Lower numbers are shown first. Use steps of 10 to leave room in between.',
    de: 'Kleinere Zahlen werden zuerst angezeigt. Zählen Sie in Zehnerschritten, damit dazwischen Platz bleibt.',
  },
): NumberField => ({
  name: 'order',
  label: { en: 'Display order', de: 'Reihenfolge' },
  type: 'number',
  required: true,
  defaultValue: 100,
  min: 0,
  admin: { position: 'sidebar', description },
})
