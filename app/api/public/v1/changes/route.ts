import { readOnlyRoute } from '@/public-api/route'
import { listChanges } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(listChanges)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
