import { readOnlyRoute } from '@/public-api/route'
import { changeEndpoint } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(changeEndpoint)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
