import type { Media } from '@/payload-types'
import { siteUrl } from '@/site/url'

/** A public image as a page shows it: its address on this site, its description and size. */
export type Image = { src: string; alt: string; width: number | null; height: number | null }

/**
 * A populated media relationship as an image, or null (none chosen, or not readable). The address
 * is kept relative: Payload writes it with the server URL, which a page does not need.
 */
export function imageOf(value: unknown): Image | null {
  if (!value || typeof value !== 'object' || !('url' in value)) return null
  const media = value as Media
  if (!media.url) return null
  const url = new URL(media.url, siteUrl)
  return {
    src: `${url.pathname}${url.search}`,
    alt: media.alt ?? '',
    width: media.width ?? null,
    height: media.height ?? null,
  }
}

/** What a find with a populated image needs to read of it. */
export const IMAGE_FIELDS = {
  url: true,
  filename: true,
  alt: true,
  width: true,
  height: true,
} as const
