import { createRequire } from 'node:module'
import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './src/security/headers.mjs'
import { localeRoutes } from './src/i18n/localeList.mjs'

const require = createRequire(import.meta.url)
// The same address and default as src/site/url.ts (read at build time, as there).
const publicUrl = new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The tests build into their own folder so they never overwrite a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The Docker image's app (Dockerfile): a self-contained server.js with only the files it uses.
  ...(process.env.NEXT_OUTPUT_STANDALONE === 'true' && { output: 'standalone' }),
  // `next dev` serves its scripts only to these hosts: opening the admin at 127.0.0.1 needs it.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // Payload tells its errors apart by class name (`err.name`: the log level of a ValidationError
  // or a NotFound, the `name` in an error answer). Minified server code renames the classes ("h"),
  // so every refusal an editor met was logged as a server error. The browser bundles stay minified.
  // (The refusal's place under its field is kept by src/api-safety/fieldErrors.ts.)
  experimental: { turbopackMinify: { server: false, client: true } },
  poweredByHeader: false,
  // Next's file-system cache, or with REDIS_URL one shared by every instance (docs/operations.md),
  // plus each cached page's Content-Security-Policy (docs/security.md) and edge tags.
  cacheHandler: require.resolve('./src/cache/handler.mjs'),
  // The Redis client, loaded from node_modules like the cache handler that also uses it.
  serverExternalPackages: ['@redis/client'],
  async headers() {
    return securityHeaders(publicUrl)
  },
  // the source language's pages at `/…`, the others' at `/<code>/…` (src/i18n/localeList.mjs)
  async redirects() {
    return localeRoutes().redirects
  },
  async rewrites() {
    return { beforeFiles: localeRoutes().rewrites, afterFiles: [], fallback: [] }
  },
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
