import { readOnlyRoute } from '@/public-api/route'
import { subprocessorEndpoint } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(subprocessorEndpoint)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
