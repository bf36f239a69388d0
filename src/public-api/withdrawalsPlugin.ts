import type { CollectionConfig, Plugin } from 'payload'
import { recordWithdrawalOnDelete, recordWithdrawalOnUnpublish } from './withdrawals'

/**
 * Records when a published entry of `collections` is withdrawn, for the public API's
 * Last-Modified. The hooks run first, so the time is stored before the portal's caches are
 * refreshed by the collection's own hooks.
 */
export const recordWithdrawals =
  (collections: string[]): Plugin =>
  (config) => ({
    ...config,
    collections: config.collections?.map((collection): CollectionConfig => {
      if (!collections.includes(collection.slug)) return collection
      const { afterChange = [], afterDelete = [] } = collection.hooks ?? {}
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: collection.versions
            ? [recordWithdrawalOnUnpublish, ...afterChange]
            : afterChange,
          afterDelete: [recordWithdrawalOnDelete, ...afterDelete],
        },
      }
    }),
  })
