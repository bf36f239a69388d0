import {
  Kind,
  valueFromASTUntyped,
  type ASTVisitor,
  type ExecutionArgs,
  type ValidationContext,
} from 'graphql'
// The server (graphql-http) recognises validation errors with `instanceof` against the CommonJS
// build of graphql; a bundler resolving the bare specifier may pick the ESM build, a different class.
import { GraphQLError } from 'graphql/error/GraphQLError.js'
import { API_LIMITS, queryArgsProblem } from './limits'

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
        let rootFields = 0
        for (const selection of node.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) rootFields += 1
          else if (selection.kind === Kind.FRAGMENT_SPREAD) {
            rootFields +=
              context.getFragment(selection.name.value)?.selectionSet.selections.length ?? 1
          } else rootFields += selection.selectionSet.selections.length
        }
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
