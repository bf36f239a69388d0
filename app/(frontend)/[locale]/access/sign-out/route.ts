import { handleSignOut } from '@/document-access/http'

export const dynamic = 'force-dynamic'

export const POST = (request: Request) => handleSignOut(request)
