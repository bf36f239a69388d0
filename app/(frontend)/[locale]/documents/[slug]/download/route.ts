import { handleDownload } from '@/document-access/download'
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

export const GET = async (
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) => {
  const { locale, slug } = await params
  return handleDownload(request, slug, isLocale(locale) ? locale : DEFAULT_LOCALE)
}
