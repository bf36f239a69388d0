import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
    },
  },
  test: {
    environment: 'node',
    fileParallelism: false,
    setupFiles: ['tests/setup/env.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.spec.ts'],
          globalSetup: ['tests/setup/embedded-database.ts'],
          // first: the browser tests' server builds meanwhile (tests/setup/portal-server.ts)
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/setup/portal-server.ts'],
          // after the root's tests/setup/env.ts (Vitest appends a project's list to the root's)
          setupFiles: ['tests/setup/portal-ready.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 90_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
