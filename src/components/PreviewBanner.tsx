import type { Preview } from '@/data/preview'

/** Shown on every page while draft mode is on, so an editor never mistakes a preview for the live site. */
export function PreviewBanner({ preview }: { preview: Preview }) {
  if (!preview.enabled) return null
  return (
    <aside className="preview-banner" aria-label="Preview mode">
      <div className="container">
        <p>
          {preview.user
            ? 'Preview: you are viewing unpublished changes.'
            : 'Preview mode is on, but you are not signed in as an editor: showing published content only.'}{' '}
          {/* A plain link: a prefetching <Link> could leave preview on its own. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/preview/exit">Exit preview</a>
        </p>
      </div>
    </aside>
  )
}
