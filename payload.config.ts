import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Categories } from './collections/Categories'
import { Policies } from './collections/Policies'
import { Subprocessors } from './collections/Subprocessors'
import { TrustCenter } from './collections/TrustCenter'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/db/adapter'
import { badRequestBody } from './src/hooks/badRequestBody'

const dirname = path.dirname(fileURLToPath(import.meta.url))

if (!process.env.PAYLOAD_SECRET) {
  throw new Error('PAYLOAD_SECRET is not set. Copy .env.example to .env, or start the app with `npm run dev`.')
}

export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Trust center admin' },
    // no Gravatar: it would send a hash of every staff email to a third party
    avatar: 'default',
  },
  collections: [Subprocessors, Categories, Policies, Users],
  globals: [TrustCenter],
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET,
  db: await databaseAdapter(process.env.DATABASE_URI),
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
  },
  maxDepth: 4,
  hooks: { afterError: [badRequestBody] },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
})
