import { readOnlyRoute } from '@/public-api/route'
import { listCategories } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(listCategories)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
