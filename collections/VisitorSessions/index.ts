import type { CollectionConfig } from 'payload'
import { nobody } from '@/access'

/**
 * Visitors' passwordless sessions (src/document-access/sessions.ts): the emailed sign-in link and
 * the cookie it is exchanged for, both stored as SHA-256 hashes. Separate from staff accounts;
 * only the server reads or writes them. A session lets its visitor download only what their
 * live grants allow.
 */
export const VisitorSessions: CollectionConfig = {
  slug: 'visitor-sessions',
  labels: { singular: 'Visitor session', plural: 'Visitor sessions' },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'linkHash', type: 'text', index: true },
    { name: 'linkExpiresAt', type: 'date' },
    { name: 'linkUsedAt', type: 'date' },
    { name: 'sessionHash', type: 'text', index: true },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'signedOutAt', type: 'date' },
  ],
}
