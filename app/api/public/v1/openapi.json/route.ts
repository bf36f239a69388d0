import { readOnlyRoute } from '@/public-api/route'
import { openApi } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(openApi)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
