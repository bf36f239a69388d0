import { readOnlyRoute } from '@/public-api/route'
import { apiIndex } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(apiIndex)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
