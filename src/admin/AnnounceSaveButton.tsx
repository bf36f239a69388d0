'use client'
import type { SaveButtonClientProps } from 'payload'
import {
  Button,
  SaveButton,
  useAllFormFields,
  useDocumentInfo,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'
import { AnnouncePreview, useAnnouncePreview, type AnnounceRequest } from './AnnouncePreview'
import { useAdminLanguage } from './useAdminLanguage'

const sent = ['kind', 'subprocessor', 'replaces', 'reason', 'effectiveDate', 'urgentReason']

/**
 * The change notice's Save button. Saving a notice as "Announced" emails every subscriber, so
 * it first shows what will happen (AnnouncePreview) and asks for a confirmation.
 */
export function AnnounceSaveButton(props: SaveButtonClientProps) {
  const status = useFormFields(([fields]) => fields.status?.value)
  const { id, data } = useDocumentInfo()
  const announcing = status === 'announced' && (data?.status ?? 'draft') === 'draft'
  const [open, setOpen] = useState(false)
  const { t } = useAdminLanguage()
  if (!announcing) return <SaveButton {...props} />
  return (
    <>
      <Button id="action-save" onClick={() => setOpen(true)} size="medium" type="button">
        {t('trust:announce:announceEllipsis')}
      </Button>
      {open && <ConfirmAnnouncement id={id} onClose={() => setOpen(false)} />}
    </>
  )
}

function ConfirmAnnouncement({ id, onClose }: { id?: number | string; onClose: () => void }) {
  const { t } = useAdminLanguage()
  const [fields] = useAllFormFields()
  const { submit } = useForm()
  const dialog = useRef<HTMLDialogElement>(null)
  const [change] = useState<AnnounceRequest>(() => {
    const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
    const picked = Object.fromEntries(sent.map((name) => [name, values[name] ?? null]))
    return id ? { ...picked, id: String(id) } : picked
  })
  const state = useAnnouncePreview(change)
  const answer = state && 'answer' in state ? state.answer : null

  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])

  return (
    <dialog
      aria-labelledby="announce-confirm-title"
      className="announce-confirm"
      onCancel={onClose}
      ref={dialog}
      style={{ maxWidth: '48rem', width: '90vw', padding: '1.5rem' }}
    >
      <h2 id="announce-confirm-title">{t('trust:announce:beforeYouAnnounce')}</h2>
      <AnnouncePreview state={state} />
      <div className="announce-confirm__actions" style={{ display: 'flex', gap: '1rem' }}>
        <Button
          id="confirm-announce"
          disabled={!answer?.canAnnounce}
          onClick={() => {
            onClose()
            void submit()
          }}
          size="medium"
        >
          {answer?.subscribers
            ? t('trust:announce:announceAndEmail', { count: answer.subscribers })
            : t('trust:announce:announce')}
        </Button>
        <Button buttonStyle="secondary" onClick={onClose} size="medium">
          {t('trust:announce:notYet')}
        </Button>
      </div>
    </dialog>
  )
}
