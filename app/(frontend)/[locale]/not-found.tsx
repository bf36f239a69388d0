import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { getSiteSettings } from '@/data/trustCenter'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'

// Next.js documents no props for not-found, but resolves its metadata with its segment's params
// (next/dist/lib/metadata/resolve-metadata.js, 16.x): the `[locale]` segment's. Without them,
// the language the render already knows.
export async function generateMetadata(props: Partial<LocaleProps>): Promise<Metadata> {
  if (props?.params) await localeFromParams(props.params)
  return { title: pageWords().notFound.title }
}

export default async function NotFound() {
  const settings = await getSiteSettings()
  return <NotFoundMessage listTitle={settings.subprocessorListTitle} />
}
