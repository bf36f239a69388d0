import { readOnlyRoute } from '@/public-api/route'
import { changeListEndpoint } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(changeListEndpoint)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
