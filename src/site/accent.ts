// The brand's accent colour: WCAG 2.2 contrast (1.4.3, AA: 4.5:1 for text), the check the settings
// apply before saving one, and the CSS the portal applies it with (app/brand.css/route.ts).
import { ENGLISH, type AdminT } from '@/i18n/adminWords'

export const MIN_CONTRAST = 4.5
const WHITE = '#ffffff'
/**
 * The backgrounds links sit on besides white, from app/(frontend)/[locale]/styles.css: the light scheme's
 * panels (--surface: the header, forms, messages), and the lightest dark-scheme background
 * (--surface there; the page itself, --bg, is darker still).
 */
export const LIGHT_SURFACE = '#f4f6f8'
export const DARK_SURFACE = '#1c2026'

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** `#RGB` or `#RRGGBB` (the `#` optional) as lowercase `#rrggbb`; null for anything else. */
export function normalizeHex(value: string): string | null {
  const match = HEX.exec(value.trim())
  if (!match) return null
  const digits = match[1].toLowerCase()
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits
  return `#${full}`
}

type Rgb = [number, number, number]

const toRgb = (hex: string): Rgb => {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

const toHex = (rgb: Rgb) =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`

/** WCAG's relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** A ratio as people read it, never rounded up past a threshold: 4.499 is "4.49:1". */
export const formatRatio = (ratio: number) => `${Math.floor(ratio * 100) / 100}:1`

/** Steps from `hex` towards `target` until the colour reaches 4.5:1 against `background`. */
function towards(hex: string, target: Rgb, background: string): string {
  const from = toRgb(hex)
  for (let step = 0; step <= 100; step++) {
    const t = step / 100
    const candidate = toHex(from.map((c, i) => c + (target[i] - c) * t) as Rgb)
    if (contrastRatio(candidate, background) >= MIN_CONTRAST) return candidate
  }
  return toHex(target)
}

/** The nearest darker shade that keeps AA contrast against `background` (white). */
export const darkerShade = (hex: string, background = WHITE) => towards(hex, [0, 0, 0], background)

/**
 * The accent for the dark colour scheme: the same hue lightened until it reaches AA against every
 * dark background (as link text, and as a button behind text in the background colour).
 */
export const lighterShade = (hex: string) => towards(hex, [255, 255, 255], DARK_SURFACE)

/**
 * The settings' check: the accent colours links (text on white) and buttons (white text on the
 * accent), so it needs 4.5:1 against white either way. Says the measured ratio and what to do.
 */
export function accentColorProblem(
  value: string | null | undefined,
  t: AdminT = ENGLISH.t,
): string | null {
  if (!value || !value.trim()) return null
  const hex = normalizeHex(value)
  if (!hex) return t('trust:messages:notColour', { value: value.trim().slice(0, 20) })
  const ratio = contrastRatio(hex, WHITE)
  if (ratio >= MIN_CONTRAST) return null
  return t('trust:messages:lowContrast', {
    hex,
    ratio: formatRatio(ratio),
    min: MIN_CONTRAST,
    darker: darkerShade(hex),
  })
}

/**
 * The stylesheet that applies a (valid) accent: links, focus rings, buttons and the header's rule,
 * with a lighter shade of it in the dark scheme. On screen only: print keeps black links.
 * An accent that passes on white only just can fall short on the light grey panels: links (and
 * buttons, white on the link colour) then take the nearest darker shade that passes there too.
 * `html:root` outranks styles.css's `:root`, whichever of the two stylesheets loads first.
 */
export function accentStylesheet(hex: string): string {
  const link = darkerShade(hex, LIGHT_SURFACE)
  const dark = lighterShade(hex)
  return [
    '@media screen {',
    `  html:root { --link: ${link}; --focus: ${link}; --accent: ${hex}; }`,
    '}',
    '@media screen and (prefers-color-scheme: dark) {',
    `  html:root { --link: ${dark}; --focus: ${dark}; --accent: ${dark}; }`,
    '}',
    '',
  ].join('\n')
}
