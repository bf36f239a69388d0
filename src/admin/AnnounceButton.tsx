'use client'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'

/**
 * On a subprocessor with a saved draft: "Announce this change" opens a change notice filled in
 * from it. Never published: an addition; published with a newer draft: a change (material edit).
 */
export function AnnounceButton() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  if (!id) return null
  if (hasPublishedDoc && unpublishedVersionCount === 0) return null

  const kind = hasPublishedDoc ? 'material-edit' : 'addition'
  const query = new URLSearchParams({ kind, subprocessor: String(id) })
  const url = `${config.routes.admin}/collections/changes/create?${query}`
  return (
    <Button
      buttonStyle="secondary"
      el="link"
      id="announce-this-change"
      disabled={modified}
      size="medium"
      tooltip={modified ? 'Save the draft first: the notice announces the saved draft.' : undefined}
      url={url}
    >
      Announce this change
    </Button>
  )
}
