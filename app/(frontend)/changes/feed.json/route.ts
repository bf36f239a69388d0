import { feedResponse } from '@/changes/feedResponse'

export const dynamic = 'force-dynamic'

export const GET = () => feedResponse('json')
