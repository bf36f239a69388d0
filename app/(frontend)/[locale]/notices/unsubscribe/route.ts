import { handleUnsubscribe, showUnsubscribePage } from '@/notices/http'

export const dynamic = 'force-dynamic'

// GET: the link in the email, which only leads to a page with a button (scanners open links).
// POST: that button, or one-click unsubscribe from the List-Unsubscribe header (RFC 8058).
export const GET = (request: Request) => showUnsubscribePage(request)
export const POST = (request: Request) => handleUnsubscribe(request)
