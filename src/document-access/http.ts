// The document-access endpoints as plain Request → Response functions (the route files under
// app/(frontend)/[locale]/access/ only call them). Forms get a 303 to a page that says what
// happened, in the language of the form (its `locale` field: the German pages send `de`); JSON
// clients get the status and a message (src/security/forms.ts).
import config from '@payload-config'
import { getPayload } from 'payload'
import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales'
import { pageOfForm } from '@/i18n/paths'
import { BodyTooLargeError } from '@/security/bodyLimits'
import { clientAddress } from '@/security/clientAddress'
import { admit, answer, FormBodyError, plain, readFields, type Fields } from '@/security/forms'
import { RATE_LIMITS } from '@/security/rateLimits'
import { siteUrl } from '@/site/url'
import { queueAccessEmail } from './mail'
import { AccessFlowError } from './errors'
import { activeGrants } from './grants'
import { acceptNda, requestAccess } from './requests'
import {
  clearedSessionCookie,
  redeemSignInLink,
  sessionCookie,
  sessionCookieOf,
  signOut,
} from './sessions'
import { EMAIL } from '@/notices/subscriptions'

const secure = siteUrl.protocol === 'https:'

function failure(request: Request, error: unknown, page: (code: string) => string) {
  if (error instanceof BodyTooLargeError) return plain(request, 413, error.message)
  if (error instanceof FormBodyError) return answer(request, 400, error.message, page('invalid'))
  if (error instanceof AccessFlowError)
    return answer(request, error.status, error.message, page(error.code))
  throw error
}

const withCookie = (response: Response, cookie: string) => {
  response.headers.append('set-cookie', cookie)
  return response
}

const slugPath = (slug: string) => `/documents/${encodeURIComponent(slug || 'unknown')}/request`

/** Step 1: the request form. */
export async function handleAccessRequest(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.accessRequests)
  if (refused) return refused
  let fields: Fields | undefined
  let slug = ''
  // on a refusal the page shows the form again with what was typed (only this visitor sees it)
  let typed = ''
  try {
    const form = (fields = await readFields(request))
    slug = form.document ?? ''
    typed = new URLSearchParams(
      ['name', 'email', 'company', 'reason'].map((name) => [
        name,
        (form[name] ?? '').slice(0, 1000),
      ]),
    ).toString()
    // a field people never see: only bots fill it in; they get the usual answer, nothing happens
    if (!form.website) await requestAccess(payload, form)
    return answer(
      request,
      202,
      'Check your inbox: we sent you a link to confirm your address and accept the NDA.',
      pageOfForm(fields)(`${slugPath(slug)}?status=check-inbox`),
    )
  } catch (error) {
    return failure(request, error, (code) =>
      pageOfForm(fields)(`${slugPath(slug)}?error=${code}&${typed}`),
    )
  }
}

/** Steps 2 and 3: "I accept" on the NDA page the emailed link opened. */
export async function handleAccept(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.links)
  if (refused) return refused
  let fields: Fields | undefined
  let token = ''
  try {
    fields = await readFields(request)
    token = fields.token ?? ''
    if (fields.accept !== 'yes')
      throw new AccessFlowError(
        'Tick the box to accept the NDA, then choose "Accept and continue".',
        400,
        'not-accepted',
      )
    const result = await acceptNda(payload, token, fields.ndaVersion, {
      ipAddress: clientAddress(request.headers),
      userAgent: request.headers.get('user-agent'),
    })
    const slug = result.document.slug ?? ''
    if (result.outcome === 'awaiting-approval')
      return answer(
        request,
        202,
        'NDA accepted. Your request now waits for approval; we will email you either way.',
        pageOfForm(fields)(`${slugPath(slug)}?status=awaiting-approval`),
      )
    return withCookie(
      answer(
        request,
        200,
        'NDA accepted: you can download the document now.',
        pageOfForm(fields)('/access?status=granted'),
      ),
      sessionCookie(result.session.secret, result.session.expiresAt, secure),
    )
  } catch (error) {
    return failure(request, error, (code) =>
      pageOfForm(fields)(`/access/confirm?token=${encodeURIComponent(token)}&error=${code}`),
    )
  }
}

/** The "Sign in" button of the page an emailed sign-in link opens. */
export async function handleSignIn(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.links)
  if (refused) return refused
  let fields: Fields | undefined
  try {
    fields = await readFields(request)
    const session = await redeemSignInLink(payload, fields.token)
    return withCookie(
      answer(
        request,
        200,
        `Signed in as ${session.email}.`,
        pageOfForm(fields)('/access?status=signed-in'),
      ),
      sessionCookie(session.secret, session.expiresAt, secure),
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/access?error=${code}`))
  }
}

/**
 * A new sign-in link, for a visitor whose cookie is gone. The same answer whether or not the
 * address has access, so the form tells nobody who has been given documents.
 */
export async function handleNewLink(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.accessRequests)
  if (refused) return refused
  let fields: Fields | undefined
  try {
    fields = await readFields(request)
    const email = (fields.email ?? '').trim().toLowerCase()
    if (!EMAIL.test(email) || email.length > 254)
      throw new AccessFlowError(
        'Enter a valid email address, like name@company.com.',
        400,
        'invalid-email',
      )
    const grants = await activeGrants(payload, email)
    if (grants.length && !fields.website) {
      const until = grants
        .map((grant) => grant.expiresAt)
        .sort()
        .at(-1)!
      // in the language of the page the link was asked on
      const locale = isLocale(fields.locale) ? fields.locale : DEFAULT_LOCALE
      await queueAccessEmail(payload, { kind: 'sign-in', email, until, locale })
    }
    return answer(
      request,
      202,
      'If this address has access to any document, we have emailed it a sign-in link.',
      pageOfForm(fields)('/access?status=link-sent'),
    )
  } catch (error) {
    return failure(request, error, (code) => pageOfForm(fields)(`/access?error=${code}`))
  }
}

export async function handleSignOut(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const refused = await admit(request, payload, RATE_LIMITS.links)
  if (refused) return refused
  await signOut(payload, sessionCookieOf(request))
  // the form's language, if its body can be read: signing out does not depend on it
  const fields = await readFields(request).catch(() => undefined)
  return withCookie(
    answer(request, 200, 'Signed out.', pageOfForm(fields)('/access?status=signed-out')),
    clearedSessionCookie(secure),
  )
}
