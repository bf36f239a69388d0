import { readOnlyRoute } from '@/public-api/route'
import { getChange } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(getChange)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
