// The words and numbers of webhooks, shared by the collections, the sender, the admin and the
// /developers page, so what is documented is what runs (docs/webhooks.md).
import type { TranslatedOption } from '@/utilities/options'

/** The events an endpoint can receive: each moment of a change notice's life customers hear of. */
export const WEBHOOK_EVENTS = [
  {
    value: 'change.announced',
    label: 'A change is announced',
    de: 'Eine Änderung wird angekündigt',
  },
  {
    value: 'change.cancelled',
    label: 'An announced change is cancelled',
    de: 'Eine angekündigte Änderung wird zurückgezogen',
  },
  { value: 'change.effective', label: 'A change takes effect', de: 'Eine Änderung tritt in Kraft' },
] as const satisfies readonly TranslatedOption[]
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]['value']
export const webhookEventTypes: WebhookEventType[] = WEBHOOK_EVENTS.map((event) => event.value)

/** Sent only when an admin asks, to check an endpoint; never retried. */
export const TEST_EVENT = 'webhook.test'
export type DeliveredEventType = WebhookEventType | typeof TEST_EVENT

export const DELIVERY_STATUSES = [
  { value: 'pending', label: 'Waiting to be sent', de: 'Wartet auf den Versand' },
  { value: 'retrying', label: 'Failed, will be retried', de: 'Fehlgeschlagen, wird wiederholt' },
  { value: 'delivered', label: 'Delivered', de: 'Zugestellt' },
  {
    value: 'failed',
    label: 'Failed: no more automatic retries',
    de: 'Fehlgeschlagen: keine automatischen Versuche mehr',
  },
  {
    value: 'skipped',
    label: 'Not sent: the endpoint is switched off or deleted',
    de: 'Nicht gesendet: Der Endpunkt ist ausgeschaltet oder gelöscht',
  },
] as const satisfies readonly TranslatedOption[]
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

export const ATTEMPT_TRIGGERS = [
  { value: 'automatic', label: 'Automatic', de: 'Automatisch' },
  { value: 'redelivery', label: 'Sent again by an admin', de: 'Von einem Admin erneut gesendet' },
  {
    value: 'test',
    label: 'Test event sent by an admin',
    de: 'Testereignis, von einem Admin gesendet',
  },
] as const satisfies readonly TranslatedOption[]
export type AttemptTrigger = (typeof ATTEMPT_TRIGGERS)[number]['value']

/**
 * Retries: Payload's jobs queue runs a failed delivery again after 1 minute, then 2, 4, 8… (its
 * exponential backoff: RETRY_DELAY_MS × 2^(failures before)), RETRIES times, so the last of the
 * 11 attempts comes about 17 hours after the first. Long enough for a receiver's outage over a
 * night; a delivery that still fails is shown on the dashboard and can be sent again.
 */
export const RETRY_DELAY_MS = 60_000
export const RETRIES = 10
export const ATTEMPTS = RETRIES + 1
/** How long after the failure before `failedBefore` earlier ones the next attempt is due. */
export const retryDelayMs = (failedBefore: number) => RETRY_DELAY_MS * 2 ** failedBefore
/** Every wait between attempts, in milliseconds, for the documentation. */
export const retrySchedule = Array.from({ length: RETRIES }, (_, i) => retryDelayMs(i))

/** An endpoint is switched off after this many deliveries in a row failed for good. */
export const DISABLE_AFTER_FAILED_DELIVERIES = 3

/** How much of a receiver's answer is read and kept: enough to show an error message. */
export const RESPONSE_EXCERPT_BYTES = 2048

/** After a secret is replaced, the old one still signs (beside the new) for this long. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3600_000
