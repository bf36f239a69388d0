import { readOnlyRoute } from '@/public-api/route'
import { wellKnownSubprocessors } from '@/public-api/resources'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(wellKnownSubprocessors)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
