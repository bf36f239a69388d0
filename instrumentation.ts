// Runs once when the Next.js server starts: initialise Payload with its cron jobs, so the jobs
// queue (change notices) and the scheduled `applyDueChanges` run even if nobody visits /admin.
// A production server without an SMTP server refuses to start (see missingMailConfiguration).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
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
