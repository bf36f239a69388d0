import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import type { User } from '@/payload-types'
import { adminsOnly, adminsOnlyField, adminsOrSelf, isStaff, roles } from '@/access'
import { siteUrl } from '@/site/url'
import {
  forgiveSuccessfulLogin,
  hashForUnknownEmail,
  limitLoginAttempts,
} from './hooks/loginDefences'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/passwordPolicy'

// The very first account (created in the admin's "create first user" screen or by the seed)
// is always an admin, so a new installation can never lock itself out of user management.
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'Team member', de: 'Teammitglied' },
    plural: { en: 'Team members', de: 'Teammitglieder' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie is Secure whenever the public address is https (every production site),
    // so a browser never sends it over plain http. Not tied to NODE_ENV: `npm run preview` runs
    // the production build on http://127.0.0.1, where browsers other than Chromium refuse to store
    // a Secure cookie, and signing in there must still work.
    cookies: { secure: siteUrl.protocol === 'https:' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    group: { en: 'Settings', de: 'Einstellungen' },
    description: {
      en: 'People who can sign in to edit the trust center. Only admins can add or remove them.',
      de: 'Personen, die sich anmelden können, um das Trust Center zu bearbeiten. Nur Admins können sie hinzufügen oder entfernen.',
    },
  },
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    create: adminsOnly,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
    readVersions: adminsOnly,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicyOnReset, limitLoginAttempts, hashForUnknownEmail],
    afterLogin: [forgiveSuccessfulLogin],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      name: 'name',
      label: { en: 'Full name', de: 'Vollständiger Name' },
      type: 'text',
      admin: {
        description: {
          en: 'Shown in the admin panel next to the changes this person makes.',
          de: 'Wird in der Verwaltung neben den Änderungen dieser Person angezeigt.',
        },
      },
    },
    {
      name: 'role',
      label: { en: 'Role', de: 'Rolle' },
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((value) => ({
        value,
        label:
          value === 'admin'
            ? { en: 'Admin (content and team members)', de: 'Admin (Inhalte und Teammitglieder)' }
            : { en: 'Editor (content only)', de: 'Redaktion (nur Inhalte)' },
      })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description: {
          en: 'Editors change the trust center content. Admins can also add, change and remove team members.',
          de: 'Die Redaktion ändert die Inhalte des Trust Centers. Admins können außerdem Teammitglieder hinzufügen, ändern und entfernen.',
        },
      },
    },
  ],
}
