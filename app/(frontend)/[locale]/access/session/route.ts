import { handleSignIn } from '@/document-access/http'

export const dynamic = 'force-dynamic'

export const POST = (request: Request) => handleSignIn(request)
