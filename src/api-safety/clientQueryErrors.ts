import type { AfterErrorHook } from 'payload'

/**
 * Errors that a malformed query string causes deep inside Payload or the database driver, which
 * Payload answers with a 500: a `where` that is not JSON, a value the field cannot hold
 * (`where[order][greater_than]=abc`), a null byte where the driver expects a field name. They are
 * the client's mistake: 400, with a message.
 */
export const clientQueryErrors: AfterErrorHook = ({ error, req }) => {
  if (!req || req.payloadAPI !== 'REST' || (req.method !== 'GET' && req.method !== 'HEAD')) return
  const name = (error as { name?: string })?.name
  if (name === 'SyntaxError') {
    return badRequest('A query parameter that must hold JSON (where, or data) is not valid JSON.')
  }
  if (name === 'BSONError') {
    return badRequest(
      'The query contains a character the database cannot take in a field name, such as a null byte.',
    )
  }
  if (name === 'CastError') {
    const path = (error as { path?: string }).path
    return badRequest(
      `A value in the query does not fit the field${path ? ` "${path}"` : ''}: check its type (text, number, date or id).`,
    )
  }
}

const badRequest = (message: string) => ({ status: 400, response: { errors: [{ message }] } })
