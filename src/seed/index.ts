import type { Payload } from 'payload'
import { serverConfig } from '@/config/env'
import * as clicki from './clicki'

// `seeding`: the seed publishes the original list directly, not through change notices
const context = { disableRevalidate: true, seeding: true }

type SeedReport = {
  admin: 'created' | 'exists' | 'skipped'
  content: 'created' | 'already seeded'
  created: string[]
}

/**
 * Loads the Clicki content into an empty database, and creates the first admin when there are no
 * users. Idempotent: content is created once (recorded on the trust-center global), so a later run
 * adds nothing and never overwrites or restores what an editor changed or removed. An interrupted
 * first run resumes: each document is created only if its slug is missing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { admin: 'skipped', content: 'already seeded', created: [] }
  report.admin = await ensureFirstAdmin(payload)

  const settings = await payload.findGlobal({
    slug: 'trust-center',
    showHiddenFields: true,
    context,
  })
  if (settings.seededAt) return report
  report.content = 'created'

  const categoryIds = new Map<string, string>()
  for (const category of clicki.categories) {
    const existing = await findBySlug(payload, 'categories', category.slug)
    const doc =
      existing ?? (await payload.create({ collection: 'categories', data: category, context }))
    if (!existing) report.created.push(`category ${category.slug}`)
    categoryIds.set(category.slug, doc.id)
  }

  for (const { category, ...subprocessor } of clicki.subprocessors) {
    if (await findBySlug(payload, 'subprocessors', subprocessor.slug)) continue
    await payload.create({
      collection: 'subprocessors',
      data: { ...subprocessor, category: categoryIds.get(category)!, _status: 'published' },
      context,
    })
    report.created.push(`subprocessor ${subprocessor.slug}`)
  }

  for (const policy of clicki.policies) {
    if (await findBySlug(payload, 'policies', policy.slug)) continue
    await payload.create({
      collection: 'policies',
      data: { ...policy, _status: 'published' },
      context,
    })
    report.created.push(`policy ${policy.slug}`)
  }

  await payload.updateGlobal({
    slug: 'trust-center',
    data: { ...clicki.trustCenter, seededAt: new Date().toISOString() },
    context,
  })
  return report
}

async function ensureFirstAdmin(payload: Payload): Promise<SeedReport['admin']> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return 'exists'
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, mode } = serverConfig()
  if (!email || !password) {
    // A production server with no team member would offer its "create first admin" screen to
    // whoever finds it first.
    if (mode === 'production')
      throw new Error(
        'No team member yet and ADMIN_EMAIL / ADMIN_PASSWORD are not set: set them for the first admin.',
      )
    payload.logger.warn(
      'No users yet and ADMIN_EMAIL / ADMIN_PASSWORD are not set: create the first admin at /admin.',
    )
    return 'skipped'
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', role: 'admin' },
    context,
  })
  return 'created'
}

async function findBySlug(
  payload: Payload,
  collection: 'categories' | 'subprocessors' | 'policies',
  slug: string,
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    context,
  })
  return docs[0] ?? null
}
