import type { TestProject } from 'vitest/node'
import { startTestDatabase, startTestMail } from './test-database'

export default async function setup(project: TestProject) {
  const [database, mail] = await Promise.all([
    startTestDatabase(project.name),
    startTestMail(project.name),
  ])
  project.provide('databaseUri', database.uri)
  project.provide('smtpPort', mail.smtpPort)
  project.provide('mailpitUrl', mail.apiUrl)
  return async () => {
    await Promise.all([database.stop(), mail.stop()])
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    smtpPort: number
    mailpitUrl: string
    portalUrl: string
    /** the e2e server's output (tests/setup/portal-server.ts) */
    serverLogPath: string
  }
}
