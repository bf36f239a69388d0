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
  labels: { singular: 'Team member', plural: 'Team members' },
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
    group: 'Settings',
    description:
      'People who can sign in to edit the trust center. Only admins can add or remove them.',
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
      label: 'Full name',
      type: 'text',
      admin: { description: 'Shown in the admin panel next to the changes this person makes.' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((value) => ({
        value,
        label: value === 'admin' ? 'Admin (content and team members)' : 'Editor (content only)',
      })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description:
          'Editors change the trust center content. Admins can also add, change and remove team members.',
      },
    },
  ],
}
