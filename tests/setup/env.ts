// Runs in each test worker before the test file: points Payload at this project's test database.
import { inject } from 'vitest'
import { testEnv } from './test-database'

Object.assign(process.env, testEnv)
process.env.DATABASE_URI = inject('databaseUri')
// expected failures (wrong passwords, refused input) would otherwise fill the output with stacks
process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
