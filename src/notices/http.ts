// The subscription endpoints as plain Request → Response functions (the route files in
// app/(frontend)/[locale]/notices/ only call them). A plain HTML form gets a 303 redirect to a page that
// says what happened, in the language of the form (its `locale` field: the German pages send
// `de`); a client asking for JSON gets the status code and a message, in that language too.
import config from '@payload-config'
import { getPayload } from 'payload'
import { formLanguage, pageOfForm } from '@/i18n/paths'
import { portalWords } from '@/i18n/portalWords'
import { BodyTooLargeError } from '@/security/bodyLimits'
import { admit, answer, FormBodyError, plain, readFields } from '@/security/forms'
import { RATE_LIMITS } from '@/security/rateLimits'
import { confirm, object, subscribe, SubscriptionInputError, unsubscribe } from './subscriptions'
import { TokenError } from './tokens'

/** What a form's answer says, in the form's language. */
const answersIn = (fields: Record<string, string | undefined> | undefined) =>
  portalWords(formLanguage(fields)).noticeAnswers

/**
 * The answer to a refused form. Its message is the error's own, in the source language, or the
 * form's language's words for it (a form whose body could not be read has no language).
 */
function failure(
  request: Request,
  error: unknown,
  page: (code: string) => string,
  fields: Record<string, string | undefined> | undefined,
) {
  const words = answersIn(fields)
  if (error instanceof BodyTooLargeError) return plain(request, 413, error.message)
  if (error instanceof SubscriptionInputError || error instanceof FormBodyError)
    return answer(request, 400, words.invalidEmail || error.message, page('invalid'))
  if (error instanceof TokenError) {
    const used = error.status === 410
    const message = (used ? words.usedLink : words.invalidLink) || error.message
    return answer(request, error.status, message, page(used ? 'used' : 'invalid-link'))
  }
  throw error
}

export async function handleSubscribe(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.subscribe)
  if (refused) return refused
  let fields: Record<string, string> | undefined
  try {
    fields = await readFields(request)
    // A field people never see: only bots fill it in. They get the usual answer and nothing happens.
    // `locale`: the language the subscriber's emails are written in (an unknown one is a 400).
    if (!fields.website) await subscribe(payload, fields.email, fields.locale)
    return answer(
      request,
      202,
      answersIn(fields).checkInbox,
      pageOfForm(fields)('/subscribe?status=check-inbox'),
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/subscribe?error=${code}`), fields)
  }
}

export async function handleConfirm(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.links)
  if (refused) return refused
  let fields: Record<string, string> | undefined
  try {
    fields = await readFields(request)
    await confirm(payload, fields.token)
    return answer(
      request,
      200,
      answersIn(fields).subscribed,
      pageOfForm(fields)('/subscribe?status=confirmed'),
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/subscribe?error=${code}`), fields)
  }
}

/** GET from the link in an email, or POST (RFC 8058 one-click, from the List-Unsubscribe header). */
/**
 * The unsubscribe link, opened (GET): sends the reader on to a page with a button and changes
 * nothing. Mail security scanners open every link in a message; a GET that unsubscribed would
 * silently drop customers from a legally required mailing.
 */
export function showUnsubscribePage(request: Request): Response {
  const query = new URL(request.url).searchParams
  const token = query.get('token') ?? ''
  const page = pageOfForm({ locale: query.get('locale') ?? undefined })
  return new Response(null, {
    status: 303,
    headers: {
      location: page(`/subscribe/unsubscribe?token=${encodeURIComponent(token)}`),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}

/** Unsubscribes: the page's button, or a mail client's one-click POST (RFC 8058). */
export async function handleUnsubscribe(request: Request): Promise<Response> {
  if (request.method !== 'POST') return showUnsubscribePage(request)
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.links)
  if (refused) return refused
  let fields: Record<string, string> | undefined
  try {
    fields = await readFields(request)
    await unsubscribe(payload, fields.token)
    return answer(
      request,
      200,
      answersIn(fields).unsubscribed,
      pageOfForm(fields)('/subscribe?status=unsubscribed'),
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/subscribe?error=${code}`), fields)
  }
}

export async function handleObjection(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.objections)
  if (refused) return refused
  let change = ''
  let fields: Record<string, string> | undefined
  try {
    fields = await readFields(request)
    change = fields.change ?? ''
    const slug = fields.slug ?? ''
    const result = await object(payload, fields.token, change, fields.comment)
    const page = pageOfForm(fields)(
      `/changes/${encodeURIComponent(slug)}/object?status=${result.recorded ? 'recorded' : 'already-recorded'}`,
    )
    const words = answersIn(fields)
    return answer(
      request,
      result.recorded ? 201 : 200,
      result.recorded ? words.objectionRecorded : words.objectionAlreadyRecorded(result.at),
      page,
      { recordedAt: result.at },
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/changes?error=${code}`), fields)
  }
}
