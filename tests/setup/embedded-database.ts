import type { TestProject } from 'vitest/node'
import { startTestDatabase, startTestMail, testUploadsDir } from './test-database'

export default async function setup(project: TestProject) {
  const [database, mail] = await Promise.all([
    startTestDatabase(project.name),
    startTestMail(project.name),
  ])
  project.provide('databaseUri', database.uri)
  project.provide('smtpPort', mail.smtpPort)
  project.provide('mailpitUrl', mail.apiUrl)
  const uploads = testUploadsDir(project.name)
  project.provide('uploadsDir', uploads.dir)
  return async () => {
    await Promise.all([database.stop(), mail.stop()])
    uploads.remove()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    smtpPort: number
    mailpitUrl: string
    /** the tests' UPLOADS_DIR (tests/setup/test-database.ts testUploadsDir) */
    uploadsDir: string
    portalUrl: string
    /** the e2e server's output (tests/setup/portal-server.ts) */
    serverLogPath: string
    /** whether the e2e server is built and answering yet (tests/setup/portal-ready.ts) */
    portalStatusPath: string
  }
}
