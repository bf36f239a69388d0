import { readOnlyRoute } from '@/public-api/route'
import { subprocessorsCsv } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(subprocessorsCsv)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
