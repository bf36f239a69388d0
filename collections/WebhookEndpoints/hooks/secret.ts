import type { CollectionBeforeChangeHook } from 'payload'
import { newSecret } from '@/webhooks/signing'

/**
 * A new endpoint gets its secret from the server, never from the person saving it (the field
 * takes no input: its access refuses everyone, so whatever was sent is dropped before this runs).
 */
export const giveSecret: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create'
    ? {
        ...data,
        secret: newSecret(),
        secretCreatedAt: new Date().toISOString(),
        failedDeliveriesInARow: 0,
      }
    : data

/** Switched back on by an admin: the count of failures starts again, and the reason goes. */
export const switchedBackOn: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) =>
  operation === 'update' && data.enabled === true && originalDoc?.enabled === false
    ? { ...data, failedDeliveriesInARow: 0, disabledReason: null, disabledAt: null }
    : data
