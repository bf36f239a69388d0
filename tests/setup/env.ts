// Runs in each test worker before the test file: points Payload at this project's test database
// and test mail server.
import { inject } from 'vitest'
import { testEnv } from './test-database'

Object.assign(process.env, testEnv)
process.env.DATABASE_URI = inject('databaseUri')
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(inject('smtpPort'))
process.env.SMTP_USER = ''
process.env.SMTP_SECURE = 'false'
process.env.DISABLE_JOBS_AUTORUN = 'true'
process.env.UPLOADS_DIR = inject('uploadsDir')
// expected failures (wrong passwords, refused input) would otherwise fill the output with stacks
process.env.PAYLOAD_LOG_LEVEL = process.env.TEST_LOG_LEVEL || 'fatal'
