import type { GroupFieldServerComponent, Payload } from 'payload'
import { idOf } from '@/db/documents'
import { adminLanguage, type AdminLanguage } from '@/i18n/adminWords'
import { versionRefLabels } from '@/schema/changeNotice'

const refs = Object.keys(versionRefLabels) as Array<keyof typeof versionRefLabels>

async function versionLink(payload: Payload, versionId: string, { t, dateTime }: AdminLanguage) {
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
    const text = `${name ? `${name}: ` : ''}${t('trust:versions:versionOf', { date: dateTime(version.createdAt) })}`
    return { href, text }
  } catch {
    return null
  }
}

/**
 * A change notice's saved versions, as links to Payload's version view ("Version of 3 Dec 2026,
 * 14:02") instead of raw version ids.
 */
export const VersionRefsField: GroupFieldServerComponent = async ({ data, i18n, payload }) => {
  const saved = (data?.versionRefs ?? {}) as Record<string, string | null | undefined>
  const lang = adminLanguage(i18n)
  const rows = await Promise.all(
    refs
      .filter((key) => saved[key])
      .map(async (key) => ({ key, link: await versionLink(payload, String(saved[key]), lang) })),
  )
  if (!rows.length) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{lang.t('trust:versions:title')}</span>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {rows.map(({ key, link }) => (
          <li key={key}>
            {versionRefLabels[key][lang.locale]}:{' '}
            {link ? <a href={link.href}>{link.text}</a> : lang.t('trust:versions:pruned')}
          </li>
        ))}
      </ul>
    </div>
  )
}
