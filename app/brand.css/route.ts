import { collectTags } from '@/cache/requestTags'
import { getBrand } from '@/data/brand'
import { representationResponse } from '@/public-api/http'
import { accentStylesheet } from '@/site/accent'

export const dynamic = 'force-dynamic'

/**
 * The accent colour from the settings as CSS variables (src/site/accent.ts), linked by the layout
 * only while one is set. Tagged and cached like the API: a new colour also changes the link.
 */
export async function GET(request: Request) {
  const [brand, tags] = await collectTags(() => getBrand())
  const body = brand.accentColor ? accentStylesheet(brand.accentColor) : ''
  return representationResponse(
    request,
    { body, contentType: 'text/css; charset=utf-8', lastModified: null },
    tags,
  )
}
