// The document-access settings and the NDA in force, read by the server (overrideAccess: the
// domain lists are staff-only fields).
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import { canonicalJson } from '@/evidence/canonical'
import type { DocumentAccess } from '@/payload-types'

export const DEFAULT_GRANT_DAYS = 30

export async function accessSettings(payload: Payload, req?: PayloadRequest) {
  return (await payload.findGlobal({
    slug: 'document-access',
    overrideAccess: true,
    depth: 0,
    req,
  })) as DocumentAccess
}

export type NdaVersion = {
  /** The id of the settings version holding this text: the NDA's version number, in effect. */
  version: string
  /** SHA-256 of the RFC 8785 canonical JSON of { title, text }: what the visitor accepted. */
  hash: string
  title: string
  text: DocumentAccess['ndaText']
  updatedAt: string
}

export const ndaHash = (title: string, text: unknown) =>
  createHash('sha256')
    .update(canonicalJson(JSON.parse(JSON.stringify({ title, text: text ?? null }))))
    .digest('hex')

const hasText = (text: DocumentAccess['ndaText']) =>
  Boolean(text?.root?.children?.some((node) => JSON.stringify(node).includes('"text":"')))

/**
 * The NDA as it stands, or null while none is written (confidential documents then cannot be
 * requested). Its version is the id of the newest saved version of the settings.
 */
export async function currentNda(
  payload: Payload,
  req?: PayloadRequest,
): Promise<NdaVersion | null> {
  const settings = await accessSettings(payload, req)
  if (!hasText(settings.ndaText)) return null
  const { docs } = await payload.findGlobalVersions({
    slug: 'document-access',
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    version: String(docs[0]?.id ?? settings.updatedAt ?? 'initial'),
    hash: ndaHash(settings.ndaTitle, settings.ndaText),
    title: settings.ndaTitle,
    text: settings.ndaText,
    updatedAt: String(settings.updatedAt ?? ''),
  }
}
