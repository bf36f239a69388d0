import { readOnlyRoute } from '@/public-api/route'
import { unknownPublicPath } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(unknownPublicPath)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
