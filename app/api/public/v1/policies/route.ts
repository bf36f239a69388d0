import { readOnlyRoute } from '@/public-api/route'
import { listPolicies } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(listPolicies)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
