#!/usr/bin/env node
// `npm run drill`: the fault drills of docs/operations.md, on the local cluster (scripts/cluster.mjs:
// a throwaway database, two instances, Varnish), each printing what happened and failing (exit 1)
// when the portal did not behave:
//   database   FerretDB killed (SIGKILL) under mixed load, restarted 5 s later on the same port:
//              no 500s, no request left hanging, 503 only while it was down, the app reconnects by
//              itself, every acknowledged write (draft saves, sign-ups) is still there
//   instance   one app instance killed under load: the edge routes around it; no read fails
//              (retried on the other instance), writes fail only until the health check notices
//   outage     every instance killed: the edge keeps serving the public pages, feed and API
//   smtp       the mail server down when a change is announced: every delivery fails and is
//              retried by the worker; once it is back, every subscriber has exactly one notice,
//              and the deliveries record both attempts
//   `npm run drill -- database` runs one. The build (.next-edge/) is reused while current.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { exportedEnv, loadLocalEnv } from '../src/config/env.ts'
import { startCluster } from './cluster.mjs'
import { projectRoot, startEmbeddedDatabase } from './embedded-db.mjs'
import { startMailpit } from './mailpit.mjs'
import { postFrom, slowest, startLoad, tally } from './load.mjs'

const ALL = ['database', 'instance', 'outage', 'smtp']
/** The edge's health check runs every 500 ms (deploy/varnish/default.vcl), plus a margin. */
const DETECTION_MS = 1_500
const chosen = process.argv.slice(2).filter((a) => a !== '--')
const drills = chosen.length ? chosen : ALL
for (const name of drills)
  if (!ALL.includes(name)) {
    console.error(`Unknown drill "${name}". Choose from: ${ALL.join(', ')}`)
    process.exit(2)
  }

loadLocalEnv(projectRoot)
const env = { ...process.env, ...exportedEnv(process.env), PAYLOAD_LOG_LEVEL: 'fatal' }
const port = Number(env.CLUSTER_TEST_PORT)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-center-drill-'))
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const say = (line = '') => console.log(line)
const problems = []
const expect = (ok, problem) => {
  say(`  ${ok ? 'ok  ' : 'FAIL'} ${problem}`)
  if (!ok) problems.push(problem)
}

say(`[drill] starting the cluster (edge on 127.0.0.1:${port}; building .next-edge/ if needed)…`)
const cluster = await startCluster({
  port,
  dataDir: path.join(work, 'data'),
  workDir: path.join(work, 'varnish'),
  distDir: '.next-edge',
  env,
  log: () => {},
})
process.on('SIGINT', async () => {
  await cluster.stop()
  process.exit(130)
})

const edge = (p, init) => fetch(new URL(p, cluster.url), init)

async function signIn() {
  const response = await edge('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
  })
  const { token } = await response.json()
  if (!token) throw new Error(`signing in failed: ${response.status}`)
  return token
}

const asAdmin = async (token, p) =>
  (await edge(p, { headers: { authorization: `JWT ${token}` } })).json()

/** Every document of a REST list whose `field` contains `text`. */
async function allMatching(token, collection, field, text, operator = 'like') {
  const found = []
  for (let page = 1; ; page++) {
    const query = `where[${field}][${operator}]=${encodeURIComponent(text)}&limit=100&page=${page}&depth=0`
    const body = await asAdmin(token, `/api/${collection}?${query}`)
    if (!body.docs) throw new Error(`reading ${collection} failed: ${JSON.stringify(body)}`)
    found.push(...body.docs)
    if (!body.hasNextPage) return found
  }
}

const printTally = (label, answers) => {
  say(`  ${label}: ${answers.length} requests, slowest ${slowest(answers)} ms`)
  for (const [kind, statuses] of Object.entries(tally(answers)))
    say(
      `    ${kind.padEnd(8)} ${Object.entries(statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join('  ')}`,
    )
}

try {
  const token = await signIn()
  const [policy] = (await asAdmin(token, '/api/policies?limit=1&depth=0')).docs
  const pages = ['/subprocessors', `/policies/${policy.slug}`, '/changes/rss.xml', '/changes']
  const load = (runId) => startLoad({ baseUrl: cluster.url, token, policy, pages, runId })

  if (drills.includes('database')) {
    say('\n== database: killed under load, restarted 5 s later')
    const runId = randomBytes(4).toString('hex')
    const running = load(runId)
    await sleep(5_000)
    const killedAt = Date.now()
    process.kill(cluster.database.pid, 'SIGKILL')
    say(`  FerretDB (pid ${cluster.database.pid}) killed`)
    await sleep(5_000)
    const restarted = await startEmbeddedDatabase({
      dataDir: path.join(work, 'data', 'ferretdb'),
      port: cluster.database.port,
      log: () => {},
    })
    const restartedAt = Date.now()
    say(`  FerretDB restarted on the same port after ${restartedAt - killedAt} ms`)
    await sleep(10_000)
    const { answers, saved, subscribed } = await running.stop()
    // requests that began before the restart may fail; from 3 s after it, the app must be back
    const recovered = restartedAt + 3_000
    const before = answers.filter((a) => a.end < killedAt)
    const during = answers.filter((a) => a.end >= killedAt && a.start < recovered)
    const after = answers.filter((a) => a.start >= recovered)
    printTally('before the kill', before)
    printTally('while down (until 3 s after the restart)', during)
    printTally('after', after)
    const bad = (list, ok) => list.filter((a) => !ok(a.status))
    expect(!answers.some((a) => a.status === 500), 'no request answered 500')
    expect(slowest(answers) < 15_000, 'no request waited 15 s or more')
    expect(bad(before, (s) => s < 500).length === 0, 'every request before the kill succeeded')
    expect(
      bad(during, (s) => s < 500 || s === 503).length === 0,
      'while down, requests either succeeded (from the caches) or answered 503',
    )
    expect(bad(after, (s) => s < 500).length === 0, 'every request after the restart succeeded')
    const versions = await allMatching(
      token,
      'policies/versions',
      'version.title',
      `drill ${runId}`,
    )
    const titles = new Set(versions.map((v) => v.version.title))
    const lostSaves = saved.filter((t) => !titles.has(t))
    expect(
      lostSaves.length === 0,
      `all ${saved.length} acknowledged draft saves are there (lost: ${lostSaves.length})`,
    )
    // A sign-up is acknowledged once its job is queued; the job (retried by the worker if the
    // outage failed it) creates the subscriber: wait for the queue, within two minutes.
    let lostSignUps = subscribed
    for (let waited = 0; lostSignUps.length && waited < 150_000; waited += 5_000) {
      const subscribers = await allMatching(token, 'subscribers', 'email', `drill-${runId}`)
      const emails = new Set(subscribers.map((s) => s.email))
      lostSignUps = subscribed.filter((e) => !emails.has(e))
      if (lostSignUps.length) await sleep(5_000)
    }
    // Not yet a subscriber but still queued is not lost: a runner that died holding the job (its
    // instance lost the database mid-job) hands it back once its lease runs out (src/db/claims.ts).
    const queued = new Set()
    if (lostSignUps.length)
      for (const job of await allMatching(token, 'payload-jobs', 'taskSlug', 'startSubscription'))
        if (job.input?.email) queued.add(job.input.email)
    const lost = lostSignUps.filter((e) => !queued.has(e))
    expect(
      lost.length === 0,
      `all ${subscribed.length} acknowledged sign-ups are there (${subscribed.length - lostSignUps.length} subscribers, ${lostSignUps.length - lost.length} still queued; lost: ${lost.length})`,
    )
    cluster.database.pid = restarted.pid
    cluster.database.stop = restarted.stop
  }

  if (drills.includes('instance')) {
    say('\n== instance: one of two app instances killed under load')
    const runId = randomBytes(4).toString('hex')
    const running = load(runId)
    await sleep(5_000)
    const killedAt = Date.now()
    process.kill(cluster.apps[0].pid, 'SIGKILL')
    say(`  instance 1 (pid ${cluster.apps[0].pid}) killed`)
    await sleep(10_000)
    const { answers } = await running.stop()
    printTally(
      'before',
      answers.filter((a) => a.end < killedAt),
    )
    const afterKill = answers.filter((a) => a.end >= killedAt)
    printTally('after the kill', afterKill)
    const failed = (a) => typeof a.status !== 'number' || a.status >= 500
    const reads = afterKill.filter((a) => ['visitor', 'api'].includes(a.kind))
    const writes = afterKill.filter((a) => !['visitor', 'api'].includes(a.kind))
    expect(!reads.some(failed), 'no read failed: the edge retried them on the other instance')
    // A write the edge sent to the killed instance cannot be retried (it may have been acted on):
    // those fail until the health check takes the instance out (a refused check, every 500 ms).
    const lateWrites = writes.filter((a) => failed(a) && a.start > killedAt + DETECTION_MS)
    const lastFailure = Math.max(killedAt, ...writes.filter(failed).map((a) => a.start))
    expect(
      lateWrites.length === 0,
      `writes failed only until the edge noticed: ${writes.filter(failed).length} failed, the last sent ${lastFailure - killedAt} ms after the kill (limit ${DETECTION_MS} ms)`,
    )
    await cluster.restartApp(0)
    say('  instance 1 restarted')
  }

  if (drills.includes('outage')) {
    say('\n== outage: every app instance killed')
    const addresses = [
      '/subprocessors',
      `/policies/${policy.slug}`,
      '/changes/rss.xml',
      '/api/public/v1/subprocessors',
    ]
    for (const p of addresses) await (await edge(p)).arrayBuffer()
    for (const app of cluster.apps) process.kill(app.pid, 'SIGKILL')
    await sleep(3_000)
    for (const p of addresses) {
      const answer = await edge(p)
      await answer.arrayBuffer()
      expect(answer.status === 200, `${p}: ${answer.status} (${answer.headers.get('x-cache')})`)
    }
    for (let i = 0; i < cluster.apps.length; i++) await cluster.restartApp(i)
    say('  instances restarted')
  }

  if (drills.includes('smtp')) {
    say('\n== smtp: the mail server down when a change is announced')
    const runId = randomBytes(4).toString('hex')
    const mailpit = `http://127.0.0.1:${cluster.mail.httpPort}`
    const admin = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const post = async (p, body) => {
      const r = await edge(p, { method: 'POST', headers: admin, body: JSON.stringify(body) })
      if (!r.ok) throw new Error(`POST ${p}: ${r.status} ${await r.text()}`)
      return r.json()
    }
    // subscribers, through the double opt-in as visitors do it
    const emails = Array.from({ length: 10 }, (_, i) => `smtp-${runId}-${i}@example.com`)
    // each visitor from an address of its own (the edge passes on the address it saw)
    const asVisitor = async (i, action, body) => {
      const status = await postFrom(
        new URL(`/notices/${action}`, cluster.url),
        `127.20.0.${i + 1}`,
        body,
        20_000,
      )
      if (status >= 300) throw new Error(`POST /notices/${action} answered ${status}`)
    }
    for (const [i, email] of emails.entries()) await asVisitor(i, 'subscribe', { email })
    for (const [i, email] of emails.entries()) {
      let link = null
      for (let waited = 0; !link && waited < 30_000; waited += 250) {
        const found = await (
          await fetch(`${mailpit}/api/v1/search?query=${encodeURIComponent(`to:"${email}"`)}`)
        ).json()
        if (found.messages.length) {
          const mail = await (
            await fetch(`${mailpit}/api/v1/message/${found.messages[0].ID}`)
          ).json()
          link = /https?:\/\/\S*\/subscribe\/confirm\?token=\S+/.exec(mail.Text)?.[0]
        } else await sleep(250)
      }
      if (!link) throw new Error(`no confirmation email for ${email}`)
      await asVisitor(i, 'confirm', { token: new URL(link).searchParams.get('token') })
    }
    const [category] = (await asAdmin(token, '/api/categories?limit=1&depth=0')).docs
    const { doc: subprocessor } = await post('/api/subprocessors?draft=true', {
      name: `Drill ${runId}`,
      category: category.id,
      purpose: 'A fault drill',
      dataProcessed: ['None'],
      locations: ['Germany'],
      _status: 'draft',
    })
    await cluster.mail.stop()
    say(`  ${emails.length} confirmed subscribers; the mail server stopped`)
    const { doc: change } = await post('/api/changes', {
      status: 'announced',
      kind: 'addition',
      reason: `Fault drill ${runId}`,
      subprocessor: subprocessor.id,
      effectiveDate: new Date(Date.now() + 31 * 86_400_000).toISOString(),
    })
    const deliveries = async () =>
      (await allMatching(token, 'notice-deliveries', 'change', change.id, 'equals')).filter((d) =>
        emails.includes(d.email),
      )
    const allFailedOnce = async () => {
      const list = await deliveries()
      return emails.every((e) => list.some((d) => d.email === e && d.status === 'failed'))
    }
    let started = Date.now()
    while (!(await allFailedOnce()) && Date.now() - started < 150_000) await sleep(2_000)
    say(
      `  first attempts failed for every subscriber after ${Math.round((Date.now() - started) / 1000)} s (the worker's next run)`,
    )
    const restarted = await startMailpit({
      dataDir: path.join(work, 'data', 'mailpit'),
      smtpPort: cluster.mail.smtpPort,
      httpPort: cluster.mail.httpPort,
      log: () => {},
    })
    cluster.mail.stop = restarted.stop
    say('  the mail server is back')
    const allSent = async () => {
      const list = await deliveries()
      return emails.every((e) => list.some((d) => d.email === e && d.status === 'sent'))
    }
    started = Date.now()
    while (!(await allSent()) && Date.now() - started < 300_000) await sleep(2_000)
    say(`  retried and sent after ${Math.round((Date.now() - started) / 1000)} s`)
    await sleep(5_000) // anything sent twice would arrive now
    const list = await deliveries()
    const notices = async (email) => {
      const found = await (
        await fetch(`${mailpit}/api/v1/search?query=${encodeURIComponent(`to:"${email}"`)}`)
      ).json()
      return found.messages.filter((m) => !/confirm/i.test(m.Subject)).length
    }
    const counts = await Promise.all(emails.map(notices))
    expect(
      counts.every((n) => n === 1),
      `every subscriber has exactly one notice (${counts.join(', ')})`,
    )
    expect(
      emails.every((e) => list.filter((d) => d.email === e && d.status === 'sent').length === 1),
      'each subscriber has exactly one delivery recorded as sent',
    )
    expect(
      emails.every((e) =>
        list.some(
          (d) =>
            d.email === e &&
            d.status === 'failed' &&
            d.attempt < list.find((x) => x.email === e && x.status === 'sent').attempt,
        ),
      ),
      'and before it, the failed attempt, with its error',
    )
  }
} catch (error) {
  problems.push(error.message)
  console.error(error)
} finally {
  await cluster.stop()
  fs.rmSync(work, { recursive: true, force: true })
}
say(problems.length ? `\n[drill] ${problems.length} problem(s).` : '\n[drill] every drill passed.')
process.exit(problems.length ? 1 : 0)
