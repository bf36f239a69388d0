import { cache } from 'react'
import { getPayloadClient } from './payload'
import { publicQuery } from './publicQuery'
import { TAGS } from '@/cache/tags'
import { type Locale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { readOneIn } from './localized'

/** The global's fields, each possibly missing: a new installation has not saved it yet. */
export type SiteSettings = {
  companyName: string | null
  portalTitle: string
  subprocessorListTitle: string
  contactEmail: string | null
  introduction: string | null
}

const readSettings = publicQuery('trust-center', [TAGS.trustCenter], async (locale: Locale) => {
  const payload = await getPayloadClient()
  return readOneIn(locale, (languages) =>
    payload.findGlobal({ slug: 'trust-center', overrideAccess: false, depth: 0, ...languages }),
  )
})

// Generic fallbacks keep an unconfigured portal usable; the real names always come from the CMS.
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const settings = await readSettings(requestLocale())
  return {
    companyName: settings.companyName || null,
    portalTitle: settings.portalTitle || settings.companyName || 'Trust center',
    subprocessorListTitle: settings.subprocessorListTitle || 'Subprocessors',
    contactEmail: settings.contactEmail || null,
    introduction: settings.introduction || null,
  }
})
