import type { TestProject } from 'vitest/node'
import { startTestDatabase } from './test-database'

export default async function setup(project: TestProject) {
  const database = await startTestDatabase(project.name)
  project.provide('databaseUri', database.uri)
  return database.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    portalUrl: string
  }
}
