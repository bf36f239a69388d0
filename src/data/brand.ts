import { cache } from 'react'
import { TAGS } from '@/cache/tags'
import { accentColorProblem, normalizeHex } from '@/site/accent'
import { IMAGE_FIELDS, imageOf, type Image } from './media'
import { getPayloadClient } from './payload'
import { publicQuery } from './publicQuery'

export type Brand = { logo: Image | null; accentColor: string | null }

const readBrand = publicQuery('brand', [TAGS.trustCenter, TAGS.media], async (): Promise<Brand> => {
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({
    slug: 'trust-center',
    overrideAccess: false,
    depth: 1,
    select: { logo: true, accentColor: true },
    populate: { media: IMAGE_FIELDS },
  })
  const accent = settings.accentColor ? normalizeHex(settings.accentColor) : null
  return {
    logo: imageOf(settings.logo),
    // the settings refuse a colour without AA contrast; one written around them is ignored
    accentColor: accent && !accentColorProblem(accent) ? accent : null,
  }
})

/** The logo and accent colour from the settings, each possibly unset. */
export const getBrand = cache(() => readBrand())
