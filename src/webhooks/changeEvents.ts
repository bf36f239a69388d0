// The change-notice events integrators receive: which status transitions are events (the same
// moments the evidence ledger records, collections/Changes/hooks/recordEvidence.ts), their ids,
// and their data: the change exactly as the public API serialises it.
import type { Payload } from 'payload'
import { publicChangesOf } from '@/changes/log'
import type { Change } from '@/payload-types'
import { toPublicChangeNotice } from '@/public-api/serialize'
import { publicStatusOf } from '@/schema/changeNotice'
import { endpointsTaking, queueWebhookEvent, type WebhookEvent } from './deliveries'
import { WEBHOOK_EVENTS, type WebhookEventType } from './vocabulary'

/** The event a change's status moving from `before` to `after` is, if any. */
export function changeEventType(before: string, after: string): WebhookEventType | null {
  if (before === 'draft' && after === 'announced') return 'change.announced'
  if ((before === 'announced' || before === 'failed') && after === 'cancelled')
    return 'change.cancelled'
  if (before === 'announced' && after === 'effective') return 'change.effective'
  return null
}

/**
 * The event's id, which is the `webhook-id`: one per change and event (a change is announced,
 * cancelled and put into effect at most once each), so however often the event is queued, a
 * receiver sees one id and can drop repeats.
 */
export const changeEventId = (changeId: string, type: WebhookEventType) =>
  `evt_${changeId}_${type.slice('change.'.length)}`

const labelOf = (type: WebhookEventType) => WEBHOOK_EVENTS.find((e) => e.value === type)!.label

/** The event for `change`, which has just reached the status `type` names. */
export async function changeEvent(
  payload: Payload,
  change: Change,
  type: WebhookEventType,
): Promise<WebhookEvent> {
  // A cancelled change is not public any more: it is described as it was announced, then marked.
  const [described] = await publicChangesOf(payload, [
    { ...change, status: publicStatusOf(change.status) ?? 'announced' },
  ])
  const notice = toPublicChangeNotice(described!)
  const timestamp =
    type === 'change.announced'
      ? change.announcedAt
      : type === 'change.effective'
        ? change.appliedAt
        : change.updatedAt
  return {
    id: changeEventId(String(change.id), type),
    type,
    timestamp: new Date(timestamp ?? Date.now()).toISOString(),
    data: type === 'change.cancelled' ? { ...notice, status: 'cancelled' } : notice,
    change: String(change.id),
    summary: `${labelOf(type)}: ${notice.title}`,
  }
}

/**
 * Queues the event `change` reached, to every endpoint that takes it (once each). With no such
 * endpoint (most installations), nothing is read or built.
 */
export async function queueChangeEvent(payload: Payload, change: Change, type: WebhookEventType) {
  if (!(await endpointsTaking(payload, type)).length) return []
  return queueWebhookEvent(payload, await changeEvent(payload, change, type))
}
