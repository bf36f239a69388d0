import nodemailer from 'nodemailer'
import { serverConfig } from '@/config/env'
import { smtpTransportOptions } from '@/email/adapter'
import type { ReadinessCheck } from './check'

const TIMEOUT_MS = 5_000
// Each check opens a connection to the mail provider: a probe every few seconds on every
// instance would be many. A success is reused for 30 seconds (a failure is checked again).
const REUSE_MS = 30_000
let lastSuccess = 0

/**
 * In production, the SMTP server the notices go through accepts a connection (and the login,
 * when SMTP_USER is set): nodemailer's verify(). Local runs and the preview use Mailpit, which
 * the launcher starts itself: not checked there.
 */
export const smtpCheck: ReadinessCheck = {
  name: 'smtp',
  timeoutMs: TIMEOUT_MS + 500,
  timeoutMessage: `The mail server did not answer within ${TIMEOUT_MS / 1000} seconds.`,
  failureMessage: 'The mail server could not be reached, or refused the login.',
  async run() {
    const env = serverConfig()
    if (env.mode !== 'production')
      return { ok: true, skipped: true, message: 'Not checked outside production.' }
    if (Date.now() - lastSuccess < REUSE_MS) return { ok: true }
    const options = smtpTransportOptions(env)
    if (!options) return { ok: false, message: 'No mail server is configured (SMTP_HOST).' }
    const transport = nodemailer.createTransport({
      ...options,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    })
    try {
      await transport.verify()
      lastSuccess = Date.now()
      return { ok: true }
    } finally {
      transport.close()
    }
  },
}
