import { readOnlyRoute } from '@/public-api/route'
import { wellKnownSecurityTxt } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(wellKnownSecurityTxt)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
