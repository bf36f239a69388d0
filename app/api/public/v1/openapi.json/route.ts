import { readOnlyRoute } from '@/public-api/route'
import { openApiEndpoint } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(openApiEndpoint)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
