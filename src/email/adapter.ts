import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's nodemailer adapter on the SMTP server in SMTP_HOST (the development scripts start
 * Mailpit and set it). Without SMTP_HOST (a build, a script) Payload only logs that it has no
 * email adapter; nothing is sent anywhere.
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
