import type { AfterErrorHook } from 'payload'

const writeMethods = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A request body that is not a JSON object is the client's mistake: answer 400 with a message
 * that says so, instead of the generic 500 Payload gives when its hooks meet `null` or an array.
 */
export const badRequestBody: AfterErrorHook = ({ req, result }) => {
  if (!req?.method || !writeMethods.has(req.method)) return
  if (!req.headers?.get('content-type')?.includes('application/json')) return
  const invalidJson = result?.errors?.some((error) => error.message === 'Invalid JSON')
  const data: unknown = req.data
  const notAnObject = data === null || typeof data !== 'object' || Array.isArray(data)
  if (!invalidJson && !notAnObject) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: invalidJson
            ? 'The request body is not valid JSON. Send a JSON object, for example {"name": "…"}.'
            : 'The request body must be a JSON object, for example {"name": "…"}.',
        },
      ],
    },
  }
}
