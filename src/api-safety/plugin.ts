import type { Plugin } from 'payload'
import { clientQueryErrors } from './clientQueryErrors'
import { keepFieldErrors } from './fieldErrors'
import { graphqlQueryLimits } from './graphqlLimits'
import { guardQuery } from './guardQuery'

/**
 * Limits on the generated REST and GraphQL APIs, applied to every collection of the config (those
 * added later too): page size, paging, depth, sort and `where` size checked before the database is
 * asked; malformed queries answered with 400 instead of 500; GraphQL queries checked the same way;
 * field errors kept in every answer, so the admin shows them under their fields.
 */
export const guardGeneratedApis = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), clientQueryErrors, keepFieldErrors],
  },
  loggingLevels: { QueryRefused: 'info', ...config.loggingLevels },
  graphQL: {
    ...config.graphQL,
    validationRules: (args) => [
      ...(config.graphQL?.validationRules?.(args) ?? []),
      graphqlQueryLimits(args),
    ],
  },
})
