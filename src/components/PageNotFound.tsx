import { notFound } from 'next/navigation'
import { Suspense } from 'react'
import { NotFoundMessage } from './NotFoundMessage'

function Missing(): never {
  notFound()
}

/**
 * Answers 404 with the not-found message in the server HTML. Next.js 16 serves a notFound()
 * thrown straight from a page as an empty document (the message only in the RSC payload, so the
 * page stays blank without JavaScript: vercel/next.js#98954). Thrown inside a Suspense boundary
 * the error still sets the 404 status, and the HTML keeps the fallback: the same message that
 * not-found.tsx shows once JavaScript takes over.
 */
export function PageNotFound({ listTitle }: { listTitle: string }) {
  return (
    <Suspense fallback={<NotFoundMessage listTitle={listTitle} />}>
      <Missing />
    </Suspense>
  )
}
