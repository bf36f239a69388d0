import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { passwordProblem } from '@/access/passwords'
import { rest, seededPayload, tokenFor } from '../helpers/payload'

// Every team member's password: at least 12 characters, not their email address, not a common
// password, whether an admin sets it or the member changes it; refused with 400 naming the field.

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await seededPayload()
  admin = await tokenFor('admin', 'passwords-admin@tests.invalid')
})

describe('passwords', () => {
  it.each([
    ['abc', 'at least 12 characters'],
    ['short-pass1', 'at least 12 characters'],
    ['weakling@tests.invalid', 'email address'],
    ['my weakling password', 'email address'],
    ['password1234', 'common passwords'],
    ['qwertyuiop123', 'common passwords'],
  ])('refuses %j for a new team member', async (password, reason) => {
    const response = await rest('POST', '/api/users', {
      token: admin,
      body: { email: 'weakling@tests.invalid', password, role: 'editor' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    const text = JSON.stringify(response.body)
    expect(text).toContain('password')
    expect(text).toContain(reason)
  })

  it('accepts a long passphrase, and refuses a weak one when the member changes it', async () => {
    const created = await rest('POST', '/api/users', {
      token: admin,
      body: { email: 'strong@tests.invalid', password: 'violet kettle harbour 19', role: 'editor' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const weaker = await rest('PATCH', `/api/users/${created.body.doc.id}`, {
      token: admin,
      body: { password: 'strong-tests' },
    })
    expect(weaker.status).toBe(400)
    expect(JSON.stringify(weaker.body)).toContain('email address')
    await payload.delete({ collection: 'users', id: created.body.doc.id })
  })

  it('is the rule the first admin password is checked against', () => {
    expect(passwordProblem('change-me')).toMatch(/12 characters/)
    expect(passwordProblem('a sentence nobody guesses')).toBeNull()
  })
})
