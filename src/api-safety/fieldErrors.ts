import type { AfterErrorHook } from 'payload'

type FieldError = { path?: unknown; message?: unknown }

/**
 * A refusal that names fields (Payload's ValidationError, from field validation or from our hooks)
 * keeps its list of `{ path, message }` in the answer: the admin shows each message under its
 * field, and API clients learn why and what to do. Payload adds that list only when the error is
 * `instanceof` its own ValidationError class, which fails in a production build where the hook
 * that threw and the error formatter use different copies of the class; the answer then carried
 * only "The following field is invalid: purpose".
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
