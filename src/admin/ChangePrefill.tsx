'use client'
import { useDocumentInfo, useField, useFormInitializing } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { changeKinds } from '@/schema/changeNotice'
import { useAdminLanguage } from './useAdminLanguage'

const kinds: string[] = changeKinds.map((kind) => kind.value)

/**
 * A new change notice opened from a subprocessor's "Announce this change" arrives with `?kind=`
 * and `?subprocessor=`: fill those in, once, and say so.
 */
export function ChangePrefill() {
  const { t } = useAdminLanguage()
  const { id } = useDocumentInfo()
  const params = useSearchParams()
  const kindField = useField<string>({ path: 'kind' })
  const subprocessorField = useField<string>({ path: 'subprocessor' })
  const kind = params.get('kind')
  const subprocessor = params.get('subprocessor')
  const prefill = !id && kind !== null && kinds.includes(kind) && Boolean(subprocessor)
  const initializing = useFormInitializing()
  const done = useRef(false)

  // after the form has its initial state, or that state would overwrite the values
  useEffect(() => {
    if (!prefill || initializing || done.current) return
    done.current = true
    kindField.setValue(kind)
    subprocessorField.setValue(subprocessor)
  }, [prefill, initializing, kind, subprocessor, kindField, subprocessorField])

  if (!prefill) return null
  return (
    <p className="change-prefill" role="status">
      {t('trust:announce:prefilled')}
    </p>
  )
}
