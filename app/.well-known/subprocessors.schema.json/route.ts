import { readOnlyRoute } from '@/public-api/route'
import { subprocessorsSchemaJson } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(subprocessorsSchemaJson)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
