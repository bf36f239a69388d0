import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Why a production server must not start, or null. Change notices are a legal duty: without an
 * SMTP server Payload would fall back to logging emails to the console, and notices would be
 * recorded as attempted although no customer received them. Checked by instrumentation.ts when
 * the server starts; `npm run dev`, `npm run preview` and the tests start Mailpit instead.
 */
export function missingMailConfiguration(env = process.env): string | null {
  if (env.NODE_ENV !== 'production' || env.SMTP_HOST) return null
  return [
    'Refusing to start: SMTP_HOST is not set, so change notices could not reach anyone.',
    'Set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD, EMAIL_FROM_ADDRESS) to your mail provider;',
    'see .env.example. To try the production build locally with Mailpit, run `npm run preview`.',
  ].join('\n')
}

/**
 * Payload's nodemailer adapter on the SMTP server in SMTP_HOST (the development scripts start
 * Mailpit and set it). Without SMTP_HOST (a build, a script) Payload only logs that it has no
 * email adapter; nothing is sent anywhere, and a notice delivery is recorded as failed.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'notices@localhost',
    defaultFromName: process.env.EMAIL_FROM_NAME || 'Trust center notices',
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: process.env.SMTP_SECURE === 'true' || port === 465,
      auth: user ? { user, pass: process.env.SMTP_PASSWORD ?? '' } : undefined,
      pool: true,
      maxConnections: Number(process.env.SMTP_MAX_CONNECTIONS || 8),
      maxMessages: Infinity,
    },
  })
}
