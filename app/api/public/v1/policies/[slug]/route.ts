import { readOnlyRoute } from '@/public-api/route'
import { getPolicy } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(getPolicy)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
