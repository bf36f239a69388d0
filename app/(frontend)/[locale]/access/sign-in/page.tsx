import type { Metadata } from 'next'
import type { SearchParams } from '@/utilities/subprocessorFilters'

export const metadata: Metadata = {
  title: 'Sign in to download',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** The emailed sign-in link opens this button: the POST signs in (mail scanners only open links). */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  const params = await searchParams
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? ''
  return (
    <>
      <h1>Sign in to download</h1>
      <p className="lead">One step: choose Sign in to open the documents you have access to.</p>
      <form method="post" action="/access/session">
        <input type="hidden" name="token" value={token} />
        <div className="actions">
          <button type="submit">Sign in</button>
        </div>
      </form>
      <p className="meta">
        The link works once. Signing in keeps you signed in on this browser until your access ends.
      </p>
    </>
  )
}
