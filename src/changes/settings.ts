import type { Payload, PayloadRequest } from 'payload'

/** A document as the database adapter returns it, before Payload's hooks. */
export type RawDoc = { id: string | number; [field: string]: unknown }

export const DEFAULT_NOTICE_DAYS = 30

/** The notice rules from the trust-center settings, with the documented defaults. */
export async function noticeSettings(payload: Payload, req?: PayloadRequest) {
  const settings = await payload.findGlobal({ slug: 'trust-center', depth: 0, req, overrideAccess: true })
  return {
    noticePeriodDays: typeof settings.noticePeriodDays === 'number' ? settings.noticePeriodDays : DEFAULT_NOTICE_DAYS,
    requireNotice: settings.requireNotice !== false,
    companyName: settings.companyName ?? 'We',
    contactEmail: settings.contactEmail ?? '',
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000

export function formatDay(date: Date | string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(date))
}

export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}
