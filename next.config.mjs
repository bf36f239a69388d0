import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The tests build into their own folder so they never overwrite a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next dev` serves its scripts only to these hosts: opening the admin at 127.0.0.1 needs it.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  // Payload tells its errors apart by class name (`err.name`: the log level of a ValidationError,
  // the `name` the admin reads to put a refusal under its field). Minified server code renames
  // the classes ("h"), so every refusal was logged as a server error and reached the editor as a
  // bare toast. The browser bundles stay minified.
  experimental: { turbopackMinify: { server: false, client: true } },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
