import { handleUnsubscribe } from '@/notices/http'

export const dynamic = 'force-dynamic'

// GET: the link in the email. POST: one-click unsubscribe from the List-Unsubscribe header (RFC 8058).
export const GET = (request: Request) => handleUnsubscribe(request)
export const POST = (request: Request) => handleUnsubscribe(request)
