'use client'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useAdminLanguage } from './useAdminLanguage'

/**
 * On a subprocessor with a saved draft: "Announce this change" opens a change notice filled in
 * from it. Never published: an addition; published with a newer draft: a change (material edit).
 */
export function AnnounceButton() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  const { t } = useAdminLanguage()
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
      tooltip={modified ? t('trust:announce:saveFirst') : undefined}
      url={url}
    >
      {t('trust:announce:button')}
    </Button>
  )
}
