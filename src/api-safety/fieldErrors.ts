import type { AfterErrorHook } from 'payload'

type FieldError = { path?: unknown; message?: unknown }

/**
 * A refusal that names fields (Payload's ValidationError, from field validation or from our hooks)
 * keeps its list of `{ path, message }` in the answer: the admin shows each message under its
 * field, and API clients learn why and what to do. Payload's formatter keeps that list only for an
 * error that is `instanceof` its own classes, and in the production build that check fails for
 * errors our hooks throw (tried: without this hook, the browser test of the purpose refusal fails
 * even with the server's class names kept). This hook keeps the list, named as the admin expects,
 * for any 4xx error that carries one.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { data, message, status } = error as {
    data?: { errors?: FieldError[] }
    message?: string
    status?: number
  }
  if (!status || status >= 500 || !Array.isArray(data?.errors)) return
  if (!data.errors.every((item) => typeof item?.message === 'string')) return
  if (result?.errors?.some((item) => 'data' in (item as object))) return
  return { status, response: { errors: [{ name: 'ValidationError', data, message }] } }
}
