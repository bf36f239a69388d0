import { handleDownload } from '@/document-access/download'

export const dynamic = 'force-dynamic'

export const GET = async (
  request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) => handleDownload(request, (await params).slug)
