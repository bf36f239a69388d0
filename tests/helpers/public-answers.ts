// What the public API, the change log and feeds, and the past-day list answer from a database,
// through the same loaders the routes and pages call. Two databases that give the same serve
// visitors and integrators the same (tests/int/backup.int.spec.ts). Called in the test's own
// process for its database; run as a script for another one (one Payload per process), printing
// the answers as one JSON document:
//   DATABASE_URI=… node --conditions=development --import tsx/esm tests/helpers/public-answers.ts
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { historyDays, listAsOf } from '@/changes/history'
import { listPublicChanges } from '@/changes/log'
import {
  loadPublishedCategories,
  loadPublishedChanges,
  loadPublishedPolicies,
  loadPublishedSubprocessors,
} from '@/data/publicApi'

/** The answers as plain JSON values (what the script prints, parsed back). */
export async function publicAnswersOf(payload: Payload): Promise<Record<string, unknown>> {
  const days = await historyDays(payload)
  const answers = {
    api: {
      subprocessors: await loadPublishedSubprocessors(payload),
      categories: await loadPublishedCategories(payload),
      policies: await loadPublishedPolicies(payload),
      changes: await loadPublishedChanges(payload),
    },
    changeLog: await listPublicChanges(payload),
    historyDays: days,
    asOf: await Promise.all(days.map((day) => listAsOf(payload, day))),
  }
  return JSON.parse(JSON.stringify(answers))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  process.stdout.write(JSON.stringify(await publicAnswersOf(payload)))
  process.exit(0)
}
