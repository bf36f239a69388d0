// Runs once when the Next.js server starts, before it answers anything.
// 1. A production server checks its configuration (src/config/production.ts) and refuses to start,
//    listing every problem, whether it was started by `npm start` or by a bare `next start`.
//    Next.js bakes NEXT_PUBLIC_SERVER_URL into the build, so `process.env.NEXT_PUBLIC_SERVER_URL`
//    written out here is the build's URL, while the config module reads the server's own.
// 2. OpenTelemetry tracing, when OTEL_EXPORTER_OTLP_ENDPOINT is set (src/observability/tracing.ts).
// 3. The request gate (src/security/requestGate.ts): the socket address, body limits and the
//    request id, before the server handles its first request; outside `next dev`, one JSON log
//    line per request (src/observability/requestLog.ts).
// 4. Payload starts with its cron jobs, so the jobs queue (change notices) and the scheduled
//    `applyDueChanges` run even if nobody visits /admin.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [
    { assertStartable },
    { ConfigError, serverConfig },
    { installRequestGate },
    { writeToStdout },
    { registerTracing },
  ] = await Promise.all([
    import('@/config/production'),
    import('@/config/env'),
    import('@/security/requestGate'),
    import('@/observability/requestLog'),
    import('@/observability/tracing'),
  ])
  try {
    assertStartable(process.env, { builtServerUrl: process.env.NEXT_PUBLIC_SERVER_URL })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const env = serverConfig()
  await registerTracing(env)
  installRequestGate({ requestLog: env.mode === 'local' ? undefined : writeToStdout })
  if (env.DISABLE_JOBS_AUTORUN) return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
