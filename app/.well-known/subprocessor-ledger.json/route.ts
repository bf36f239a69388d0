import { wellKnownLedgerHead } from '@/evidence/wellKnown'
import { readOnlyRoute } from '@/public-api/route'

export const dynamic = 'force-dynamic'

const route = readOnlyRoute(wellKnownLedgerHead)
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route
