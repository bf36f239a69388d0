import type { SearchParams } from './subprocessorFilters'

type AsOf =
  | { kind: 'current' }
  | { kind: 'day'; day: string }
  | { kind: 'invalid'; reason: 'format' | 'future' }

/** Today as YYYY-MM-DD in UTC, the time zone the history and every shown date use. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10)

/**
 * `?asOf=YYYY-MM-DD`: a real calendar day, not after today (UTC). Empty or missing means the
 * current list (the filter form always sends the field, usually empty).
 */
export function readAsOf(params: SearchParams, now = new Date()): AsOf {
  const raw = (Array.isArray(params.asOf) ? params.asOf[0] : params.asOf)?.trim() ?? ''
  if (raw === '') return { kind: 'current' }
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00.000Z`) : null
  // 2026-02-30 parses as 2 March: only a day that round-trips is real
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== raw) {
    return { kind: 'invalid', reason: 'format' }
  }
  if (raw > todayUtc(now)) return { kind: 'invalid', reason: 'future' }
  return { kind: 'day', day: raw }
}
