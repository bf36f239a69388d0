// Subprocessors saved before issue 13 hold `contact` as free text and `transferSafeguards` codes.
// The migration (src/migrations) moves the published documents; versions are records of what was
// saved and keep their shape. These hooks give every read the current shape (a draft saved
// before the change, opened in the admin, shows its text under "Registered address"), and turn a
// write in the old shape (restoring an old version, an API client of the time) into the new one.
import type { CollectionAfterReadHook, CollectionBeforeValidateHook } from 'payload'
import type { Subprocessor } from '@/payload-types'
import { withCurrentShape } from '@/schema/subprocessorValues'

const isOldShape = (doc: object | undefined): boolean =>
  Boolean(doc) &&
  (typeof (doc as { contact?: unknown }).contact === 'string' || 'transferSafeguards' in doc!)

export const readInCurrentShape: CollectionAfterReadHook<Subprocessor> = ({ doc }) =>
  isOldShape(doc) ? withCurrentShape(doc) : doc

export const writeInCurrentShape: CollectionBeforeValidateHook<Subprocessor> = ({ data }) =>
  isOldShape(data) ? withCurrentShape(data!) : data
