import Link from '@/components/LocaleLink'
import { pageWords } from '@/i18n/portalWords'

export function NotFoundMessage({ listTitle }: { listTitle: string }) {
  const { notFound } = pageWords()
  return (
    <>
      <h1>{notFound.title}</h1>
      <p>{notFound.text}</p>
      <ul>
        <li>
          <Link href="/">{notFound.home}</Link>
        </li>
        <li>
          <Link href="/subprocessors">
            {notFound.see} {listTitle}
          </Link>
        </li>
      </ul>
    </>
  )
}
