import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Categories } from './collections/Categories'
import { Changes } from './collections/Changes'
import { EvidenceLedger } from './collections/EvidenceLedger'
import { NoticeClaims } from './collections/NoticeClaims'
import { NoticeDeliveries } from './collections/NoticeDeliveries'
import { Objections } from './collections/Objections'
import { Policies } from './collections/Policies'
import { SubprocessorHistory } from './collections/SubprocessorHistory'
import { Subprocessors } from './collections/Subprocessors'
import { Subscribers } from './collections/Subscribers'
import { TrustCenter } from './collections/TrustCenter'
import { Users } from './collections/Users'
import { guardGeneratedApis } from './src/api-safety/plugin'
import { databaseAdapter } from './src/db/adapter'
import { badRequestBody } from '@/api-safety/badRequestBody'
import { emailAdapter } from '@/email/adapter'
import { richTextEditor } from '@/fields/richTextEditor'
import { jobs } from '@/jobs'
import { recordWithdrawals } from '@/public-api/withdrawalsPlugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

if (!process.env.PAYLOAD_SECRET) {
  throw new Error(
    'PAYLOAD_SECRET is not set. Copy .env.example to .env, or start the app with `npm run dev`.',
  )
}

export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Trust center admin' },
    // no Gravatar: it would send a hash of every staff email to a third party
    avatar: 'default',
    components: { beforeDashboard: ['@/admin/Dashboard#Dashboard'] },
  },
  collections: [
    Subprocessors,
    Categories,
    Policies,
    Changes,
    Subscribers,
    NoticeDeliveries,
    NoticeClaims,
    Objections,
    EvidenceLedger,
    SubprocessorHistory,
    Users,
  ],
  globals: [TrustCenter],
  editor: richTextEditor,
  email: emailAdapter(),
  jobs,
  secret: process.env.PAYLOAD_SECRET,
  db: databaseAdapter(process.env.DATABASE_URI),
  graphQL: {
    // a list query with every field and its category costs about 30; ten of them fit
    maxComplexity: 500,
    // the public contract is /api/public/v1 (OpenAPI); the generated schema is internal
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  maxDepth: 4,
  hooks: { afterError: [badRequestBody] },
  plugins: [recordWithdrawals(['subprocessors', 'categories', 'policies']), guardGeneratedApis()],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
})
