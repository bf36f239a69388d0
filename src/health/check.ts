// What a readiness check is, and how /api/ready runs them: all at once, each within its own time
// limit, so a dead database or mail server answers 503 in seconds instead of hanging the probe.
// A check's message is plain and public (no host names, addresses, versions or error stacks):
// what went wrong is logged on the server, with the request id, for the operator.
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { logLine } from '@/observability/requestLog'

export type CheckOutcome = {
  ok: boolean
  /** a plain sentence: why it failed, or what was (not) checked */
  message?: string
  /** not checked here (say why in the message); counts as passing */
  skipped?: boolean
}

export type CheckContext = {
  /** this server's Payload, started on first use (it connects to the database) */
  payload: () => Promise<Payload>
}

export type ReadinessCheck = {
  name: string
  /** after this long the check fails with `timeoutMessage` */
  timeoutMs: number
  timeoutMessage: string
  /** said when the check throws; the error itself goes to the server's log only */
  failureMessage: string
  run: (context: CheckContext) => Promise<CheckOutcome>
}

export type CheckResult = CheckOutcome & { name: string; durationMs: number }

export type Readiness = { ready: boolean; checks: CheckResult[] }

function serverContext(): CheckContext {
  let started: Promise<Payload> | undefined
  return { payload: () => (started ??= getPayload({ config })) }
}

async function runOne(check: ReadinessCheck, context: CheckContext): Promise<CheckResult> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, message: check.timeoutMessage }), check.timeoutMs)
  })
  const outcome = await Promise.race([
    check.run(context).catch((error: unknown): CheckOutcome => {
      logLine('warn', 'ready', {
        msg: 'readiness check failed',
        check: check.name,
        err: error instanceof Error ? error.message : String(error),
      })
      return { ok: false, message: check.failureMessage }
    }),
    timedOut,
  ])
  clearTimeout(timer)
  const durationMs = Math.round(performance.now() - started)
  return {
    name: check.name,
    ok: outcome.ok,
    durationMs,
    ...(outcome.skipped && { skipped: true }),
    ...(outcome.message && { message: outcome.message }),
  }
}

/**
 * Runs every check at once; ready when each passed (or was skipped). `context` is this server's
 * own Payload unless given (a test's second Payload on a database it then stops).
 */
export async function runChecks(
  checks: readonly ReadinessCheck[],
  context: CheckContext = serverContext(),
): Promise<Readiness> {
  const results = await Promise.all(checks.map((check) => runOne(check, context)))
  return { ready: results.every((result) => result.ok), checks: results }
}
