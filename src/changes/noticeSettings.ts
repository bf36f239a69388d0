import type { Payload, PayloadRequest } from 'payload'

const DEFAULT_NOTICE_DAYS = 30

/** The notice rules from the trust-center settings, with the documented defaults. */
export async function noticeSettings(payload: Payload, req?: PayloadRequest) {
  const settings = await payload.findGlobal({
    slug: 'trust-center',
    depth: 0,
    req,
    overrideAccess: true,
  })
  return {
    noticePeriodDays:
      typeof settings.noticePeriodDays === 'number'
        ? settings.noticePeriodDays
        : DEFAULT_NOTICE_DAYS,
    requireNotice: settings.requireNotice !== false,
    companyName: settings.companyName ?? 'We',
    contactEmail: settings.contactEmail ?? '',
  }
}
