import { readOnlyRoute } from '@/public-api/route'
import { listSubprocessors } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(listSubprocessors)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
