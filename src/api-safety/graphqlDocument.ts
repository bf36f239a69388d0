import { Kind, parse, type DefinitionNode, type SelectionSetNode } from 'graphql'

// Checked by proxy.ts before Payload sees a GraphQL request. Payload's query-complexity rule
// walks fragment spreads without remembering them, so a chain of fragments that each spread the
// next twice costs 2^n: 30 fragments kept a server busy for hours. GraphQL validation cannot stop
// it (every rule runs over the whole document; Payload's complexity rule runs first), so the
// document is measured here, in one pass: each fragment is sized once and remembered.

/** Tokens in one document; a long query of this project's schema has a few hundred. */
export const MAX_GRAPHQL_TOKENS = 10_000
/** Fields after every fragment is expanded; ten full list queries are about 600. */
export const MAX_EXPANDED_FIELDS = 2_000

function expandedFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  sized: Map<string, number>,
): number {
  let total = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD)
      total +=
        1 + (selection.selectionSet ? expandedFields(selection.selectionSet, fragments, sized) : 0)
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      total += expandedFields(selection.selectionSet, fragments, sized)
    else {
      const name = selection.name.value
      if (!sized.has(name)) {
        sized.set(name, 0) // a cycle (refused by validation anyway) adds nothing
        const fragment = fragments.get(name)
        sized.set(name, fragment ? expandedFields(fragment, fragments, sized) : 0)
      }
      total += sized.get(name)!
    }
    if (total > MAX_EXPANDED_FIELDS) return total
  }
  return total
}

/**
 * Why this GraphQL document must not reach the server, or null. A document that does not parse
 * is left to the GraphQL server, which explains syntax errors itself.
 */
export function graphqlDocumentProblem(query: unknown): string | null {
  if (typeof query !== 'string') return null
  let definitions: readonly DefinitionNode[]
  try {
    definitions = parse(query, { noLocation: true, maxTokens: MAX_GRAPHQL_TOKENS }).definitions
  } catch (error) {
    return /token limit/i.test((error as Error).message)
      ? `The document has more than ${MAX_GRAPHQL_TOKENS} tokens. Send a shorter query.`
      : null
  }
  const fragments = new Map<string, SelectionSetNode>()
  for (const definition of definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet)
  const sized = new Map<string, number>()
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const fields = expandedFields(definition.selectionSet, fragments, sized)
    if (fields > MAX_EXPANDED_FIELDS)
      return `The query asks for more than ${MAX_EXPANDED_FIELDS} fields once its fragments are expanded. Send several smaller queries.`
  }
  return null
}
