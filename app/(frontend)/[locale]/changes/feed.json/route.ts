import { feedResponse } from '@/feeds/response'

export const dynamic = 'force-dynamic'

export const GET = () => feedResponse('json')
