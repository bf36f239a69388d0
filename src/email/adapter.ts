import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter } from 'payload'
import { serverConfig, type Config } from '@/config/env'

/**
 * How to reach the SMTP server in SMTP_HOST, or undefined without one. Shared by the sender
 * below and the readiness check (src/health/smtp.ts), so the check tries the server notices use.
 */
export function smtpTransportOptions(
  env: Pick<
    Config,
    'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_SECURE'
  > = serverConfig(),
): SMTPTransport.Options | undefined {
  const host = env.SMTP_HOST
  if (!host) return undefined
  const port = env.SMTP_PORT
  const user = env.SMTP_USER
  return {
    host,
    port,
    secure: env.SMTP_SECURE || port === 465,
    auth: user ? { user, pass: env.SMTP_PASSWORD ?? '' } : undefined,
  }
}

/**
 * Payload's nodemailer adapter on the SMTP server in SMTP_HOST (the development scripts start
 * Mailpit and set it). A production server without one refuses to start (src/config/production.ts):
 * notices are a legal duty, and Payload would only log them to the console. Without SMTP_HOST (a
 * build, a script) nothing is sent anywhere, and a notice delivery is recorded as failed.
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const env = serverConfig()
  const smtp = smtpTransportOptions(env)
  if (!smtp) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS ?? 'notices@localhost',
    defaultFromName: env.EMAIL_FROM_NAME,
    skipVerify: true,
    transport: nodemailer.createTransport({
      ...smtp,
      pool: true,
      maxConnections: env.SMTP_MAX_CONNECTIONS,
      maxMessages: Infinity,
    }),
  })
}
