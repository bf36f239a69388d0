import { readOnlyRoute } from '@/public-api/route'
import { subprocessorsJson } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(subprocessorsJson)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
