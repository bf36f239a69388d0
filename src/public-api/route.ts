// Route handlers for app/api/public/v1/**, the exports and the well-known files: each route file
// only names its resource; this module answers every method the same way everywhere.
import { collectTags } from '@/cache/requestTags'
import { getPayloadClient } from '@/data/payload'
import {
  CORS_HEADERS,
  methodNotAllowedResponse,
  preflightResponse,
  problemResponse,
  representationResponse,
  type Representation,
} from './http'
import { problem } from './problem'

type RouteContext = { params: Promise<Record<string, string | string[]>> }

/** A read of one resource: a representation to send, or a ready Response (a problem). */
export type Resolve = (
  request: Request,
  params: Record<string, string>,
) => Promise<Representation | Response>

function single(params: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join('/') : value,
    ]),
  )
}

export function readOnlyRoute(resolve: Resolve) {
  async function GET(request: Request, context: RouteContext): Promise<Response> {
    try {
      const params = single((await context?.params) ?? {})
      const [result, tags] = await collectTags(() => resolve(request, params))
      return result instanceof Response ? result : representationResponse(request, result, tags)
    } catch (error) {
      const payload = await getPayloadClient().catch(() => null)
      payload?.logger.error({
        err: error,
        msg: `public API: ${new URL(request.url).pathname} failed`,
      })
      return problemResponse(
        problem(
          'server-error',
          'Something went wrong on our side. Try again in a moment; if it persists, tell us.',
        ),
        CORS_HEADERS,
      )
    }
  }
  const refuse = async (request: Request) => methodNotAllowedResponse(request)
  return {
    GET,
    // the server sends the headers of the GET answer and drops its body
    HEAD: GET,
    OPTIONS: async () => preflightResponse(),
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
  }
}
