// Issue 13: a subprocessor's `contact` became the contact person ({ name, role, email }) and its
// transfer safeguards a list of mechanisms with a module and a note. This moves what the stored
// subprocessors hold (the main documents: what the admin edits and the API serves):
//   contact (free text: "postal address or contact")  →  address
//   transferSafeguards: ['eu-sccs', …]                 →  transferMechanisms: [{ mechanism }, …]
// Versions, the published-list history, change records and the evidence ledger are records of
// what was saved and told, and keep their shape; their readers understand it
// (src/schema/subprocessorValues.ts). Idempotent: a document already moved is left alone, so it
// runs safely on every start (prodMigrations, the seed) and by `npm run payload migrate`.
// Written against the raw collection, so it does not change when the code's shape changes again.
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import mongoose from 'mongoose'

type StoredSubprocessor = {
  _id: mongoose.Types.ObjectId
  contact?: unknown
  address?: unknown
  transferSafeguards?: unknown
  transferMechanisms?: unknown
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const collection = payload.db.collections.subprocessors.collection
  const docs = await collection.find<StoredSubprocessor>({}, { session }).toArray()
  for (const doc of docs) {
    const oldContact = typeof doc.contact === 'string'
    const oldSafeguards = 'transferSafeguards' in doc
    if (!oldContact && !oldSafeguards) continue
    const set: Record<string, unknown> = {}
    const unset: Record<string, ''> = {}
    if (oldContact) {
      if (filled(doc.contact) && !filled(doc.address)) set.address = doc.contact
      unset.contact = ''
    }
    if (oldSafeguards) {
      const codes = Array.isArray(doc.transferSafeguards)
        ? doc.transferSafeguards.filter(filled)
        : []
      const hasMechanisms = Array.isArray(doc.transferMechanisms) && doc.transferMechanisms.length
      if (codes.length && !hasMechanisms)
        set.transferMechanisms = codes.map((mechanism) => ({
          id: new mongoose.Types.ObjectId().toHexString(),
          mechanism,
        }))
      unset.transferSafeguards = ''
    }
    await collection.updateOne(
      { _id: doc._id },
      { ...(Object.keys(set).length && { $set: set }), $unset: unset },
      { session },
    )
  }
}

/** Back to the old shape, for a rollback to a release before issue 13 (the contact person is lost). */
export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  const collection = payload.db.collections.subprocessors.collection
  const docs = await collection.find<StoredSubprocessor>({}, { session }).toArray()
  for (const doc of docs) {
    const rows = Array.isArray(doc.transferMechanisms) ? doc.transferMechanisms : []
    const codes = [
      ...new Set(
        rows
          .map((row) => (row as { mechanism?: unknown }).mechanism)
          .filter(filled)
          .map((code) => (code === 'uk-addendum' ? 'uk-idta' : code))
          .filter((code) => code !== 'swiss-addendum'),
      ),
    ]
    await collection.updateOne(
      { _id: doc._id },
      {
        $set: {
          contact: filled(doc.address) ? doc.address : null,
          transferSafeguards: codes,
        },
        $unset: { address: '', transferMechanisms: '' },
      },
      { session },
    )
  }
}
