// /api/health and /api/ready (docs/operations.md has the contract).
//
// Liveness (/api/health) says the process answers and touches nothing else. Readiness
// (/api/ready) runs the checks below, each in its own file: one check is one entry here.
import { runChecks, type Readiness } from './check'
import { databaseCheck } from './database'
import { jobsQueueCheck } from './jobsQueue'
import { redisCheck } from './redis'
import { smtpCheck } from './smtp'

export const readinessChecks = [databaseCheck, jobsQueueCheck, smtpCheck, redisCheck] as const

// A flood of probes runs one set of checks at a time: requests that arrive while one is running
// share its answer.
let running: Promise<Readiness> | undefined

export function readiness(): Promise<Readiness> {
  running ??= runChecks(readinessChecks).finally(() => (running = undefined))
  return running
}

export const NO_STORE = { 'cache-control': 'no-store' } as const
