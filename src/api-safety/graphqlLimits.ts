import {
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type ExecutionArgs,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'
// The server (graphql-http) recognises validation errors with `instanceof` against the CommonJS
// build of graphql; a bundler resolving the bare specifier may pick the ESM build, a different class.
import { GraphQLError } from 'graphql/error/GraphQLError.js'
import { API_LIMITS, queryArgsProblem } from './limits'

/**
 * How many root fields a selection asks for, through fragment spreads and inline fragments at any
 * depth (`{ ...a }` with `fragment a on Query { ...b }` counts b's fields). Each fragment is
 * counted once and remembered, so a chain of fragments that each spread the next twice costs one
 * pass, not 2^n; a cycle (refused by GraphQL's own validation as well) counts as nothing.
 */
function countRootFields(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  counted = new Map<string, number>(),
): number {
  let total = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) total += 1
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      total += countRootFields(selection.selectionSet, context, counted)
    else {
      const name = selection.name.value
      if (!counted.has(name)) {
        counted.set(name, 0) // a cycle back to this fragment adds nothing
        const fragment = context.getFragment(name)
        counted.set(name, fragment ? countRootFields(fragment.selectionSet, context, counted) : 1)
      }
      total += counted.get(name)!
    }
  }
  return total
}

/**
 * The same limits as the REST guard, checked while GraphQL validates the query, so an abusive
 * query is refused before anything runs (400 with `application/graphql-response+json`).
 * Argument values come from the query text or its variables.
 */
export const graphqlQueryLimits =
  (args: ExecutionArgs) =>
  (context: ValidationContext): ASTVisitor => {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>
    return {
      OperationDefinition(node) {
        const rootFields = countRootFields(node.selectionSet, context)
        if (rootFields > API_LIMITS.maxGraphqlRootFields) {
          context.reportError(
            new GraphQLError(
              `The operation asks for ${rootFields} root fields; at most ${API_LIMITS.maxGraphqlRootFields} are allowed. Send several requests.`,
              { nodes: [node] },
            ),
          )
        }
      },
      Field(node) {
        if (!node.arguments?.length) return
        const values: Record<string, unknown> = {}
        for (const argument of node.arguments)
          values[argument.name.value] = valueFromASTUntyped(argument.value, variables)
        const problem = queryArgsProblem(
          {
            limit: values.limit,
            page: values.page,
            pagination: values.pagination,
            where: values.where,
            sort: values.sort,
          },
          // GraphQL has no depth argument: its query complexity limit bounds nesting instead
          { paged: true, maxDepth: Infinity },
        )
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }))
      },
    }
  }
