import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The tests build into their own folder so they never overwrite a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next dev` serves its scripts only to these hosts: opening the admin at 127.0.0.1 needs it.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  poweredByHeader: false,
  reactStrictMode: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
