// Run as a script against DATABASE_URI (tests/int/backup.int.spec.ts): prints, as one JSON
// document, what the public API, the change log and feeds, and the past-day list answer from that
// database, through the same loaders the routes and pages call. Two databases that print the same
// serve visitors and integrators the same.
//   node --conditions=development --import tsx/esm tests/helpers/public-answers.ts
import config from '@payload-config'
import { getPayload } from 'payload'
import { historyDays, listAsOf } from '@/changes/history'
import { listPublicChanges } from '@/changes/log'
import {
  loadPublishedCategories,
  loadPublishedChanges,
  loadPublishedPolicies,
  loadPublishedSubprocessors,
} from '@/data/publicApi'

const payload = await getPayload({ config })
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
process.stdout.write(JSON.stringify(answers))
process.exit(0)
