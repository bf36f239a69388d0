import { readOnlyRoute } from '@/public-api/route'
import { subprocessorListEndpoint } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(subprocessorListEndpoint)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
