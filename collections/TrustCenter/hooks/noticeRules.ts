import { APIError, type GlobalBeforeOperationHook } from 'payload'
import { hasRole } from '@/access'
import { adminLanguage } from '@/i18n/adminWords'

/** The notice rules customers rely on (GDPR Art. 28(2)): only administrators change them. */
export const noticeRuleFields = {
  noticePeriodDays: { en: 'Notice period (days)', de: 'Ankündigungsfrist (Tage)' },
  requireNotice: {
    en: 'Only publish new subprocessors and material changes through a change notice',
    de: 'Neue Unterauftragsverarbeiter und wesentliche Änderungen nur über eine Änderungsmitteilung veröffentlichen',
  },
} as const

const normalised = (field: keyof typeof noticeRuleFields, value: unknown) =>
  field === 'requireNotice' ? value !== false : value == null || value === '' ? null : Number(value)

/**
 * Refuses, with 403 and the field's name, an editor's save that changes a notice rule. Field
 * access alone would make the admin show them read-only but silently drop the values from an API
 * call, which would answer 200 as if the rule had changed. Runs before Payload applies field
 * access, on the data as sent; the admin form sends the unchanged values back, which pass.
 */
export const onlyAdminsChangeNoticeRules: GlobalBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' || args.overrideAccess || hasRole(req.user, 'admin')) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const sent = (Object.keys(noticeRuleFields) as (keyof typeof noticeRuleFields)[]).filter(
    (field) => field in data,
  )
  if (!sent.length) return args
  const current = await req.payload.findGlobal({
    slug: 'trust-center',
    depth: 0,
    req,
    overrideAccess: true,
  })
  const changed = sent.filter(
    (field) => normalised(field, data[field]) !== normalised(field, current[field]),
  )
  if (changed.length) {
    const { t, locale } = adminLanguage(req.i18n)
    const fields = changed
      .map((field) => t('trust:messages:quoted', { text: noticeRuleFields[field][locale] }))
      .join(t('trust:messages:and'))
    throw new APIError(
      t('trust:messages:onlyAdminChanges', { fields }),
      403,
      changed.map((path) => ({ path, message: t('trust:messages:onlyAdminChangesThis') })),
      true,
    )
  }
  return args
}
