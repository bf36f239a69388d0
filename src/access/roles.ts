import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(user && 'role' in user && allowed.includes(user.role as Role))
}

/** Staff: anyone signed in with the admin or editor role. */
export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
