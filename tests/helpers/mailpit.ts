import { inject } from 'vitest'

// Mailpit's HTTP API (https://mailpit.axllent.org/docs/api-v1/): the real inbox of the test SMTP server.
const api = (path: string) => new URL(path, inject('mailpitUrl')).toString()

export type MailSummary = {
  ID: string
  MessageID: string
  Subject: string
  To: Array<{ Address: string }>
}
export type Mail = MailSummary & { Text: string; HTML: string }

export async function clearInbox() {
  await fetch(api('/api/v1/messages'), { method: 'DELETE' })
}

export async function inbox(to?: string): Promise<MailSummary[]> {
  const url = to
    ? api(`/api/v1/search?query=${encodeURIComponent(`to:"${to}"`)}&limit=1000`)
    : api('/api/v1/messages?limit=1000')
  const body = (await (await fetch(url)).json()) as { messages: MailSummary[] }
  return body.messages
}

/** Every message matching a Mailpit search (`to:"…"`, `subject:"…"`), all pages of it. */
export async function searchAll(query: string): Promise<MailSummary[]> {
  const all: MailSummary[] = []
  for (;;) {
    const url = api(
      `/api/v1/search?query=${encodeURIComponent(query)}&start=${all.length}&limit=1000`,
    )
    const { messages } = (await (await fetch(url)).json()) as { messages: MailSummary[] }
    all.push(...messages)
    if (messages.length < 1000) return all
  }
}

export async function readMail(id: string): Promise<Mail> {
  return (await (await fetch(api(`/api/v1/message/${id}`))).json()) as Mail
}

export async function headersOf(id: string): Promise<Record<string, string[]>> {
  return (await (await fetch(api(`/api/v1/message/${id}/headers`))).json()) as Record<
    string,
    string[]
  >
}

/** Waits (bounded) until `to` has `count` messages, then returns them. */
export async function waitForMail(
  to: string,
  count = 1,
  timeoutMs = 10_000,
): Promise<MailSummary[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const messages = await inbox(to)
    if (messages.length >= count || Date.now() > deadline) return messages
    await new Promise((r) => setTimeout(r, 100))
  }
}

export const linkIn = (text: string, pathPart: string): string => {
  const match = text.match(
    new RegExp(`https?://\\S*${pathPart.replace(/[/?]/g, (c) => `\\${c}`)}\\S*`),
  )
  if (!match) throw new Error(`no ${pathPart} link in:\n${text}`)
  return match[0]
}
