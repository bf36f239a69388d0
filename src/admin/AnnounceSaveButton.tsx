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
import {
  AnnouncePreview,
  plural,
  useAnnouncePreview,
  type AnnounceRequest,
} from './AnnouncePreview'

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
  if (!announcing) return <SaveButton {...props} />
  return (
    <>
      <Button id="action-save" onClick={() => setOpen(true)} size="medium" type="button">
        Announce…
      </Button>
      {open && <ConfirmAnnouncement id={id} onClose={() => setOpen(false)} />}
    </>
  )
}

function ConfirmAnnouncement({ id, onClose }: { id?: number | string; onClose: () => void }) {
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
      <h2 id="announce-confirm-title">Before you announce</h2>
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
            ? `Announce and email ${plural(answer.subscribers, 'subscriber')}`
            : 'Announce'}
        </Button>
        <Button buttonStyle="secondary" onClick={onClose} size="medium">
          Not yet
        </Button>
      </div>
    </dialog>
  )
}
