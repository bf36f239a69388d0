import type { CollectionBeforeOperationHook } from 'payload'
import { queryArgsProblem, type QueryArgs } from './limits'
import { QueryRefused } from './queryRefused'

const PAGED_OPERATIONS = new Set(['read', 'readDistinct'])

/**
 * Refuses oversized or abusive reads from the REST and GraphQL APIs with a 400 before they reach
 * the database. The Local API (pages, seed, scripts) is trusted and unaffected.
 */
export const guardQuery: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // A hook's own Local API call inherits the request (and its payloadAPI) but skips access
  // control: it is the server's query, not the client's.
  if (!req || req.payloadAPI === 'local' || overrideAccess) return args
  // Payload populating relationships of a response (its data loader finds by id with
  // pagination off, at a current depth) is not the client's query.
  if ((args as { currentDepth?: unknown }).currentDepth !== undefined) return args
  // Nor is its check that a relationship value is among the field's allowed choices (its data
  // loader asks with pagination off and errors disabled, which REST clients cannot set).
  if ((args as { disableErrors?: unknown }).disableErrors === true) return args
  const problem = queryArgsProblem(args as QueryArgs, {
    // findByID is a "read" too, but has no paging
    paged: PAGED_OPERATIONS.has(operation) && !('id' in (args as object)),
    maxDepth: req.payload.config.maxDepth,
  })
  if (problem) throw new QueryRefused(problem)
  return args
}
