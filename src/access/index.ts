import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { hasRole, isStaff } from './roles'

export { hasRole, isStaff, roles, type Role } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Staff see drafts; everyone else sees only what is published. */
export const staffOrPublished: Access = ({ req: { user } }) =>
  isStaff(user) ? true : { _status: { equals: 'published' } }

/** Content with drafts: staff write and see drafts; everyone reads what is published. */
export const publishedContent = {
  create: staffOnly,
  read: staffOrPublished,
  update: staffOnly,
  delete: staffOnly,
  readVersions: staffOnly,
} satisfies CollectionConfig['access']

/** Admins reach every account; anyone else signed in reaches only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user) return { id: { equals: user.id } }
  return false
}

export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** For fields only the server sets (with overrideAccess). */
export const nobodyField: FieldAccess = () => false
export const staffOnlyField: FieldAccess = ({ req: { user } }) => isStaff(user)

/** `admin.hidden` of a collection only admins use: left out of everyone else's navigation. */
export const hiddenUnlessAdmin = ({ user }: { user: unknown }) =>
  !(user && typeof user === 'object' && 'role' in user && user.role === 'admin')
