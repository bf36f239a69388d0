import { handleConfirm } from '@/notices/http'

export const dynamic = 'force-dynamic'

export const POST = (request: Request) => handleConfirm(request)
