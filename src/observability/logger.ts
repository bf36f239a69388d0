// Payload's logger (pino), configured in one place for payload.config.ts.
//
// - A production server and `npm run preview` write plain JSON lines to standard output, one per
//   event, in the same shape as the request lines of ./requestLog.ts, for a log service to read.
// - A local run (`npm run dev`, the scripts, the seed) prints them readably through Payload's own
//   pino-pretty destination: a developer reads them in a terminal, and `next dev` prints its own
//   request lines.
// - Every line written while a request is being handled carries that request's id (`mixin`).
import type { Config } from 'payload'
import { defaultLoggerOptions } from 'payload'
import type { Config as Settings } from '@/config/env'
import { currentRequestId } from './requestContext'

type LoggerConfig = Exclude<NonNullable<Config['logger']>, 'sync' | { info: unknown }>

export function payloadLogger(
  settings: Pick<Settings, 'PAYLOAD_LOG_LEVEL' | 'mode'>,
): LoggerConfig {
  const options: LoggerConfig['options'] = {
    level: settings.PAYLOAD_LOG_LEVEL,
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  }
  return settings.mode === 'local' ? { options, destination: defaultLoggerOptions } : { options }
}
