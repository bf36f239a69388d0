import { pageWords } from '@/i18n/portalWords'
import { LocaleField } from '@/components/LocaleField'

/**
 * Double opt-in subscription to change notices: a plain form, answered by the endpoint with a
 * redirect to /subscribe and a status, so it works without JavaScript.
 */
export function SubscribeForm({ errorId }: { errorId?: string }) {
  const words = pageWords()
  return (
    <form className="subscribe-form" method="post" action="/notices/subscribe">
      <LocaleField />
      <div className="field">
        <label htmlFor="subscribe-email">{words.emailAddress}</label>
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
          {words.subscribeHint}
        </p>
      </div>
      {/* Bots fill in every field; people never see this one. The endpoint ignores a filled-in form. */}
      <div className="visually-hidden">
        <label htmlFor="subscribe-website">{words.leaveEmpty}</label>
        <input id="subscribe-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="actions">
        <button type="submit">{words.subscribe}</button>
      </div>
    </form>
  )
}
