// Payload's live preview protocol, as `RefreshRouteOnSave` from @payloadcms/live-preview-react
// speaks it (https://payloadcms.com/docs/live-preview/server): tell the admin window the page is
// ready, and reload when the admin reports a save. The admin and the portal share one origin.
const script = `(function () {
  var admin = location.origin
  addEventListener('message', function (event) {
    if (event.origin === admin && event.data && event.data.type === 'payload-document-event') {
      location.reload()
    }
  })
  var ready = { type: 'payload-live-preview', ready: true }
  if (parent !== window) parent.postMessage(ready, admin)
  if (opener) opener.postMessage(ready, admin)
})()`

/**
 * Rendered only in draft mode, as an inline script rather than a client component: a client
 * component's chunk would be listed on every page of the layout, and public pages ship no script
 * of ours. Draft mode renders per request, so the script carries the request's CSP nonce
 * (src/security/perRequest.ts).
 */
export function LivePreviewListener({ nonce }: { nonce?: string }) {
  return (
    <script id="live-preview-listener" nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />
  )
}
