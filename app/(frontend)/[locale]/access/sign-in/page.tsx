import type { Metadata } from 'next'
import { LocaleField } from '@/components/LocaleField'
import { pageWords } from '@/i18n/portalWords'
import { localeFromParams, type LocaleProps } from '@/i18n/request'
import type { SearchParams } from '@/utilities/subprocessorFilters'

export async function generateMetadata({ params }: LocaleProps): Promise<Metadata> {
  await localeFromParams(params)
  return {
    title: pageWords().signInPage.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  }
}

/** The emailed sign-in link opens this button: the POST signs in (mail scanners only open links). */
export default async function SignInPage({
  params,
  searchParams,
}: LocaleProps & { searchParams: Promise<SearchParams> }) {
  await localeFromParams(params)
  const query = await searchParams
  const token = (Array.isArray(query.token) ? query.token[0] : query.token) ?? ''
  const page = pageWords().signInPage
  return (
    <>
      <h1>{page.title}</h1>
      <p className="lead">{page.lead}</p>
      <form method="post" action="/access/session">
        <input type="hidden" name="token" value={token} />
        <LocaleField />
        <div className="actions">
          <button type="submit">{page.button}</button>
        </div>
      </form>
      <p className="meta">{page.note}</p>
    </>
  )
}
