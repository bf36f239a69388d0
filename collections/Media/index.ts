import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '@/access'
import { TAGS } from '@/cache/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/revalidate'
import { staticDirFor } from '@/storage'

/**
 * Public images: the logo and certification badges. PNG, JPEG and WebP only: an SVG can carry
 * script, and would run it on this site's address when opened on its own.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Image', de: 'Bild' },
    plural: { en: 'Images', de: 'Bilder' },
  },
  admin: {
    group: { en: 'Settings', de: 'Einstellungen' },
    useAsTitle: 'alt',
    description: {
      en: 'Logos and certification badges shown on the public pages (PNG, JPEG or WebP).',
      de: 'Logos und Siegel von Zertifizierungen, die auf den öffentlichen Seiten erscheinen (PNG, JPEG oder WebP).',
    },
  },
  access: { create: staffOnly, read: anyone, update: staffOnly, delete: staffOnly },
  upload: {
    staticDir: staticDirFor('media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
  },
  hooks: {
    afterChange: [revalidateAfterChange([TAGS.media, TAGS.trustCenter, TAGS.certifications])],
    afterDelete: [revalidateAfterDelete([TAGS.media, TAGS.trustCenter, TAGS.certifications])],
  },
  fields: [
    {
      name: 'alt',
      label: { en: 'Description', de: 'Beschreibung' },
      type: 'text',
      required: true,
      maxLength: 200,
      admin: {
        description: {
          en: 'What the image shows, read aloud to people who cannot see it, for example "SOC 2 Type II badge".',
          de: 'Was das Bild zeigt; wird Menschen vorgelesen, die es nicht sehen können, zum Beispiel „Siegel SOC 2 Type II“.',
        },
      },
    },
  ],
}
