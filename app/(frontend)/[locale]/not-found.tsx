import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { getSiteSettings } from '@/data/trustCenter'

export const metadata: Metadata = { title: 'Page not found' }

export default async function NotFound() {
  const settings = await getSiteSettings()
  return <NotFoundMessage listTitle={settings.subprocessorListTitle} />
}
