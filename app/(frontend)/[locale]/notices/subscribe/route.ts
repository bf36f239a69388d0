import { handleSubscribe } from '@/notices/http'

export const dynamic = 'force-dynamic'

export const POST = (request: Request) => handleSubscribe(request)
