import { LocaleField } from '@/components/LocaleField'

/**
 * Double opt-in subscription to change notices: a plain form, answered by the endpoint with a
 * redirect to /subscribe and a status, so it works without JavaScript.
 */
export function SubscribeForm({ errorId }: { errorId?: string }) {
  return (
    <form className="subscribe-form" method="post" action="/notices/subscribe">
      <LocaleField />
      <div className="field">
        <label htmlFor="subscribe-email">Email address</label>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          spellCheck={false}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId ? `${errorId} subscribe-email-hint` : 'subscribe-email-hint'}
        />
        <p id="subscribe-email-hint" className="hint">
          We email you a link to confirm. After that, one email per change; each has an unsubscribe
          link.
        </p>
      </div>
      {/* Bots fill in every field; people never see this one. The endpoint ignores a filled-in form. */}
      <div className="visually-hidden">
        <label htmlFor="subscribe-website">Leave this empty</label>
        <input id="subscribe-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="actions">
        <button type="submit">Subscribe</button>
      </div>
    </form>
  )
}
