import type { GroupFieldServerComponent, Payload } from 'payload'
import { idOf } from '@/db/documents'
import { formatDateTime } from '@/utilities/dates'

const labels: Record<string, string> = {
  before: 'Published version before',
  after: 'Version that takes effect',
  replaced: 'Published version of the replaced subprocessor',
}

async function versionLink(payload: Payload, versionId: string) {
  try {
    const version = await payload.findVersionByID({
      collection: 'subprocessors',
      id: versionId,
      depth: 0,
      overrideAccess: true,
    })
    const parent = idOf(version.parent)
    const href = `${payload.config.routes.admin}/collections/subprocessors/${parent}/versions/${versionId}`
    const name = (version.version as { name?: string }).name
    const text = `${name ? `${name}: ` : ''}version of ${formatDateTime(version.createdAt)}`
    return { href, text }
  } catch {
    return null
  }
}

/**
 * A change notice's saved versions, as links to Payload's version view ("Version of 3 Dec 2026,
 * 14:02") instead of raw version ids.
 */
export const VersionRefsField: GroupFieldServerComponent = async ({ data, payload }) => {
  const refs = (data?.versionRefs ?? {}) as Record<string, string | null | undefined>
  const rows = await Promise.all(
    Object.keys(labels)
      .filter((key) => refs[key])
      .map(async (key) => ({ key, link: await versionLink(payload, String(refs[key])) })),
  )
  if (!rows.length) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Saved versions</span>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {rows.map(({ key, link }) => (
          <li key={key}>
            {labels[key]}:{' '}
            {link ? (
              <a href={link.href}>{link.text}</a>
            ) : (
              'no longer kept (older versions are pruned)'
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
