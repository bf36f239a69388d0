import {
  APIError,
  deleteOperation,
  headersWithCors,
  parseParams,
  type Endpoint,
  type Where,
} from 'payload'
import { getTranslation } from '@payloadcms/translations'
import { adminLanguage } from '@/i18n/adminWords'

/**
 * `DELETE /api/subprocessors?where=…` (the admin list's "Delete"), as Payload's own handler does
 * it, except that a refusal by `refuseBulkDeletingPublished` (409: the selection holds a published
 * subprocessor) keeps its status and is answered in the shape the admin reads for its message
 * (`message`, `errors`, `docs`). Payload's handler would send the error without `docs`, and the
 * admin would show "An unknown error has occurred." instead of what to do.
 */
export const bulkDelete: Endpoint = {
  path: '/',
  method: 'delete',
  handler: async (req) => {
    const collection = req.payload.collections.subprocessors
    const { depth, overrideLock, populate, select, trash, where } = parseParams(req.query)
    const headers = headersWithCors({ headers: new Headers(), req })
    try {
      const result = await deleteOperation({
        collection,
        depth,
        overrideLock: overrideLock ?? false,
        populate,
        req,
        select,
        trash,
        where: where as Where,
      })
      const count = result.docs.length
      const failed = result.errors.length
      const { labels } = collection.config
      const label = (plural: boolean) =>
        getTranslation(plural ? labels.plural : labels.singular, req.i18n)
      const message = failed
        ? req.t('error:unableToDeleteCount', {
            count: failed,
            label: label(count + failed !== 1),
            total: count + failed,
          })
        : req.t('general:deletedCountSuccessfully', { count, label: label(count !== 1) })
      const errors = result.errors.map((error) =>
        error.isPublic
          ? error
          : { ...error, message: adminLanguage(req.i18n).t('trust:messages:somethingWrong') },
      )
      return Response.json({ ...result, errors, message }, { headers, status: failed ? 400 : 200 })
    } catch (error) {
      if (!(error instanceof APIError) || error.status !== 409) throw error
      return Response.json(
        {
          docs: [],
          errors: [{ message: error.message }],
          message: adminLanguage(req.i18n).t('trust:messages:nothingDeleted'),
        },
        { headers, status: 409 },
      )
    }
  },
}
