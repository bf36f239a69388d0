import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The tests build into their own folder so they never overwrite a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next dev` serves its scripts only to these hosts: opening the admin at 127.0.0.1 needs it.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // Payload tells its errors apart by class name (`err.name`: the log level of a ValidationError
  // or a NotFound, the `name` in an error answer). Minified server code renames the classes ("h"),
  // so every refusal an editor met was logged as a server error. The browser bundles stay minified.
  // (The refusal's place under its field is kept by src/api-safety/fieldErrors.ts.)
  experimental: { turbopackMinify: { server: false, client: true } },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
