import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { getSiteSettings } from '@/data/trustCenter'
import { pageWords } from '@/i18n/portalWords'

// Not-found takes no props: the language is the one the layout read from the address.
export async function generateMetadata(): Promise<Metadata> {
  return { title: pageWords().notFound.title }
}

export default async function NotFound() {
  const settings = await getSiteSettings()
  return <NotFoundMessage listTitle={settings.subprocessorListTitle} />
}
