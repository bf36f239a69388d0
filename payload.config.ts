import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'

import { AccessGrants } from './collections/AccessGrants'
import { AccessRequests } from './collections/AccessRequests'
import { Categories } from './collections/Categories'
import { Scopes } from './collections/Scopes'
import { Certifications } from './collections/Certifications'
import { Changes } from './collections/Changes'
import { DocumentAccess } from './collections/DocumentAccess'
import { DocumentDownloads } from './collections/DocumentDownloads'
import { DocumentFiles } from './collections/DocumentFiles'
import { Documents } from './collections/Documents'
import { EvidenceLedger } from './collections/EvidenceLedger'
import { Faq } from './collections/Faq'
import { Media } from './collections/Media'
import { NoticeClaims } from './collections/NoticeClaims'
import { NoticeDeliveries } from './collections/NoticeDeliveries'
import { Objections } from './collections/Objections'
import { Policies } from './collections/Policies'
import { SecurityDomains } from './collections/SecurityDomains'
import { SubprocessorHistory } from './collections/SubprocessorHistory'
import { Subprocessors } from './collections/Subprocessors'
import { Subscribers } from './collections/Subscribers'
import { CustomerAccounts } from './collections/CustomerAccounts'
import { TrustCenter } from './collections/TrustCenter'
import { Users } from './collections/Users'
import { VisitorSessions } from './collections/VisitorSessions'
import { WebhookAttempts } from './collections/WebhookAttempts'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { guardGeneratedApis } from './src/api-safety/plugin'
import { databaseAdapter } from './src/db/adapter'
import { badRequestBody } from '@/api-safety/badRequestBody'
import { serverConfig } from '@/config/env'
import { emailAdapter } from '@/email/adapter'
import { richTextEditor } from '@/fields/richTextEditor'
import { jobs } from '@/jobs'
import { payloadLogger } from '@/observability/logger'
import { recordWithdrawals } from '@/public-api/withdrawalsPlugin'
import { uploadStorage } from '@/storage'
import { UPLOAD_BODY_LIMIT } from '@/security/bodyLimits'
import { DEFAULT_LOCALE, LOCALES } from '@/i18n/locales'
import { adminTranslations } from '@/i18n/adminWords'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Settings come from the one config module; in production, instrumentation.ts has already
// refused to start unless they are complete.
const env = serverConfig()

export default buildConfig({
  serverURL: env.NEXT_PUBLIC_SERVER_URL,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Trust center admin' },
    // no Gravatar: it would send a hash of every staff email to a third party
    avatar: 'default',
    components: {
      beforeDashboard: ['@/admin/Dashboard#Dashboard'],
      // `npm run preview` says so on every screen, and on the sign-in page
      header: ['@/admin/LocalPreviewNotice#LocalPreviewNotice'],
      beforeLogin: ['@/admin/LocalPreviewNotice#LocalPreviewNotice'],
    },
  },
  collections: [
    Subprocessors,
    Categories,
    Scopes,
    Policies,
    SecurityDomains,
    Certifications,
    Faq,
    Documents,
    DocumentFiles,
    AccessRequests,
    AccessGrants,
    DocumentDownloads,
    VisitorSessions,
    Media,
    Changes,
    CustomerAccounts,
    Subscribers,
    NoticeDeliveries,
    NoticeClaims,
    Objections,
    EvidenceLedger,
    SubprocessorHistory,
    WebhookEndpoints,
    WebhookDeliveries,
    WebhookAttempts,
    Users,
  ],
  globals: [TrustCenter, DocumentAccess],
  // Content in every language of src/i18n/locales.ts; a field without a translation reads as the
  // default language's (the source). Which fields are translated: `localized` on each.
  localization: {
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // The admin's own words: each staff member picks a language in their account settings. Ours
  // (custom components, messages) are in src/i18n/adminWords.ts; labels and help texts are
  // `{ en, de }` in the collections.
  i18n: { supportedLanguages: { en, de }, fallbackLanguage: 'en', translations: adminTranslations },
  upload: { limits: { fileSize: UPLOAD_BODY_LIMIT } },
  editor: richTextEditor,
  email: emailAdapter(),
  jobs,
  secret: env.PAYLOAD_SECRET ?? '',
  db: databaseAdapter(env.DATABASE_URI),
  graphQL: {
    // a list query with every field and its category costs about 30; ten of them fit
    maxComplexity: 500,
    // the public contract is /api/public/v1 (OpenAPI); the generated schema is internal
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
  maxDepth: 4,
  hooks: { afterError: [badRequestBody] },
  plugins: [
    recordWithdrawals([
      'subprocessors',
      'categories',
      'scopes',
      'policies',
      'certifications',
      'security-domains',
      'faq',
      'documents',
    ]),
    guardGeneratedApis(),
    uploadStorage(),
  ],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: payloadLogger(env),
})
