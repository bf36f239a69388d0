import {
  beforeChangeTraverseFields,
  createLocalReq,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { subprocessorFields } from '@/schema/subprocessor'
import { withCurrentShape } from '@/schema/subprocessorValues'
import type { Subprocessor } from '@/payload-types'
import { ENGLISH, type AdminLanguage } from '@/i18n/adminWords'
import { fieldLabelIn } from '@/i18n/subprocessorWords'

export type PublishingError = { path: string; message: string }

/**
 * The field errors Payload would raise on publishing `version` of a subprocessor: draft saves skip
 * validation, so a saved draft can lack a required field or name a category deleted since. The
 * announce hook refuses such a version, and applying a change checks again before writing
 * anything. Payload has no "validate this data" call; its own beforeChange field traversal is
 * exported and collects the errors without saving (the same validators, limits and custom checks
 * as a real publish).
 */
export async function publishingErrors(
  payload: Payload,
  subprocessorId: string,
  version: Partial<Subprocessor>,
  req?: PayloadRequest,
): Promise<PublishingError[]> {
  const collection = payload.collections.subprocessors.config
  const data = structuredClone({ ...withCurrentShape(version), _status: 'published' }) as Record<
    string,
    unknown
  >
  const doc = structuredClone(data)
  const errors: PublishingError[] = []
  const request = req ?? (await createLocalReq({}, payload))
  await beforeChangeTraverseFields({
    id: subprocessorId,
    collection,
    context: {},
    data,
    doc,
    docWithLocales: doc,
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    global: null,
    mergeLocaleActions: [],
    operation: 'update',
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req: request,
    siblingData: data,
    siblingDoc: doc,
    siblingDocWithLocales: doc,
    skipValidation: false,
  })
  return errors.map(({ path, message }) => ({ path, message }))
}

/**
 * One sentence for an editor (in their admin language) or an administrator's email (English):
 * which fields, and what is wrong.
 */
export function describePublishingErrors(
  name: string,
  errors: PublishingError[],
  { t, locale }: AdminLanguage = ENGLISH,
) {
  const labelOf = (path: string) => {
    const field = subprocessorFields.find(({ name }) => name === path.split('.')[0])
    return field ? fieldLabelIn(field, locale) : path
  }
  const fields = errors.map(({ path, message }) => `${labelOf(path)}: ${message}`).join('; ')
  return t('trust:messages:draftUnpublishable', { name, fields })
}
