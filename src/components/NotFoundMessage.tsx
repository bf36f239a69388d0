import Link from '@/components/LocaleLink'

export function NotFoundMessage({ listTitle }: { listTitle: string }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist, or it is no longer published.</p>
      <ul>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/subprocessors">See the {listTitle}</Link>
        </li>
      </ul>
    </>
  )
}
