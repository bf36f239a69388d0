import { readOnlyRoute } from '@/public-api/route'
import { getSubprocessor } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(getSubprocessor)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
