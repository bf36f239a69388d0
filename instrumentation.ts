// Runs once when the Next.js server starts: initialise Payload with its cron jobs, so the jobs
// queue (change notices) and the scheduled `applyDueChanges` run even if nobody visits /admin.
// A production server without an SMTP server refuses to start (see missingMailConfiguration).
// First of all, the request gate (src/security/requestGate.ts): the socket address and body limits,
// before the server handles its first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ installRequestGate }, { trustedProxyHops }] = await Promise.all([
    import('@/security/requestGate'),
    import('@/security/clientAddress'),
  ])
  trustedProxyHops() // a malformed TRUSTED_PROXY_HOPS stops the start, with its message
  installRequestGate()
  const { missingMailConfiguration } = await import('@/email/adapter')
  const refusal = missingMailConfiguration()
  if (refusal) {
    console.error(refusal)
    process.exit(1)
  }
  if (process.env.DISABLE_JOBS_AUTORUN === 'true') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
