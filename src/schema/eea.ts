// Is a location inside the European Economic Area? Locations are free text ("United States /
// global infrastructure", "Germany (Frankfurt)"), so the places they name are recognised against
// the lists below. Keep them up to date: the EEA changes only by treaty (27 EU members plus
// Iceland, Liechtenstein and Norway); the other list holds the places vendors commonly name.
import { NOT_APPLICABLE, SCC_MECHANISM, type TransferMechanism } from './transfers'
import { ENGLISH, type AdminT } from '@/i18n/adminWords'

/** The 30 EEA countries, some under a second name, and the EU or EEA as a whole. */
const EEA_PLACES = [
  'Austria',
  'Belgium',
  'Bulgaria',
  'Croatia',
  'Cyprus',
  'Czechia',
  'Czech Republic',
  'Denmark',
  'Estonia',
  'Finland',
  'France',
  'Germany',
  'Greece',
  'Hungary',
  'Ireland',
  'Republic of Ireland',
  'Italy',
  'Latvia',
  'Lithuania',
  'Luxembourg',
  'Malta',
  'Netherlands',
  'Holland',
  'Poland',
  'Portugal',
  'Romania',
  'Slovakia',
  'Slovenia',
  'Spain',
  'Sweden',
  'Iceland',
  'Liechtenstein',
  'Norway',
  'European Union',
  'European Economic Area',
  'EU',
  'EEA',
]

/**
 * Places outside the EEA that vendors name, and words for "anywhere". Europe as a whole is not
 * here or above: it includes the United Kingdom and Switzerland, so it says too little.
 */
const OUTSIDE_PLACES = [
  'United States of America',
  'United States',
  'USA',
  'US',
  'U.S.',
  'U.S.A.',
  'North America',
  'South America',
  'Latin America',
  'Canada',
  'Mexico',
  'Brazil',
  'Argentina',
  'Chile',
  'Colombia',
  'Peru',
  'Uruguay',
  'United Kingdom',
  'UK',
  'Great Britain',
  'Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Guernsey',
  'Jersey',
  'Isle of Man',
  'Switzerland',
  'Andorra',
  'Monaco',
  'San Marino',
  'Faroe Islands',
  'Greenland',
  'Albania',
  'Serbia',
  'Montenegro',
  'North Macedonia',
  'Bosnia and Herzegovina',
  'Moldova',
  'Ukraine',
  'Russia',
  'Belarus',
  'Turkey',
  'Türkiye',
  'Israel',
  'United Arab Emirates',
  'UAE',
  'Saudi Arabia',
  'Qatar',
  'Bahrain',
  'Egypt',
  'Morocco',
  'Nigeria',
  'Kenya',
  'South Africa',
  'India',
  'Pakistan',
  'Bangladesh',
  'Sri Lanka',
  'China',
  'Hong Kong',
  'Taiwan',
  'Japan',
  'South Korea',
  'Korea',
  'Singapore',
  'Malaysia',
  'Indonesia',
  'Philippines',
  'Thailand',
  'Vietnam',
  'Australia',
  'New Zealand',
  'Asia',
  'Asia Pacific',
  'APAC',
  'Africa',
  'Middle East',
  'Oceania',
  'global',
  'globally',
  'worldwide',
  'world-wide',
]

type Matcher = { place: string; inEea: boolean; pattern: RegExp; every: RegExp }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// Longest first, so "Northern Ireland" is taken before "Ireland" can match inside it. Short
// all-capital codes (US, UK, EU) match only in capitals: "us" is a word too.
const MATCHERS: Matcher[] = [
  ...EEA_PLACES.map((place) => ({ place, inEea: true })),
  ...OUTSIDE_PLACES.map((place) => ({ place, inEea: false })),
]
  .sort((a, b) => b.place.length - a.place.length)
  .map(({ place, inEea }) => {
    const source = `(?<![\\p{L}\\p{N}])${escape(place)}(?![\\p{L}\\p{N}])`
    const flags = /^[A-Z.]+$/.test(place) ? 'u' : 'iu'
    return {
      place,
      inEea,
      pattern: new RegExp(source, flags),
      every: new RegExp(source, `${flags}g`),
    }
  })

/** The places a location names: inside the EEA, outside it. */
export function placesIn(location: string): { inside: string[]; outside: string[] } {
  let rest = location
  const inside: string[] = []
  const outside: string[] = []
  for (const { place, inEea, pattern, every } of MATCHERS) {
    if (!pattern.test(rest)) continue
    ;(inEea ? inside : outside).push(place)
    rest = rest.replace(every, ' ')
  }
  return { inside, outside }
}

export type LocationReading = {
  /** Locations naming a place outside the EEA, with the first such place. */
  outside: Array<{ location: string; place: string }>
  /** Locations that name no place we recognise. */
  unknown: string[]
}

export function readLocations(locations: readonly string[]): LocationReading {
  const reading: LocationReading = { outside: [], unknown: [] }
  for (const location of locations) {
    const { inside, outside } = placesIn(location)
    if (outside.length) reading.outside.push({ location, place: outside[0] })
    else if (!inside.length) reading.unknown.push(location)
  }
  return reading
}

/**
 * What is wrong with these mechanisms for these locations, in words for an editor (in the admin
 * language of `t`), or null. A location outside the EEA needs a mechanism other than "not
 * applicable"; one we cannot place needs the editor to say (a mechanism, or "not applicable" when
 * the data stays in the EEA).
 */
export function transferProblem(
  locations: readonly string[],
  mechanisms: readonly TransferMechanism[],
  t: AdminT = ENGLISH.t,
): string | null {
  const { outside, unknown } = readLocations(locations)
  const notApplicable = mechanisms.some(({ code }) => code === NOT_APPLICABLE)
  const safeguards = mechanisms.filter(({ code }) => code !== NOT_APPLICABLE)
  if (notApplicable && safeguards.length) return t('trust:messages:transferNotApplicableCombined')
  if (outside.length) {
    const [{ location, place }] = outside
    const where =
      location === place
        ? t('trust:messages:quoted', { text: location })
        : t('trust:messages:transferWherePlace', { location, place })
    if (notApplicable) return t('trust:messages:transferNotApplicableOutside', { where })
    if (!safeguards.length) return t('trust:messages:transferOutside', { where })
  }
  if (unknown.length && !mechanisms.length)
    return t('trust:messages:transferUnknown', { location: unknown[0] })
  return null
}

/**
 * What an entry's transfers lack without breaking the rule, for the admin dashboard: the module
 * of the Standard Contractual Clauses (never recorded for entries made before modules were, nor
 * sent by clients of the old `transferSafeguards`, so not required).
 */
export function transferGap(
  mechanisms: readonly TransferMechanism[],
  t: AdminT = ENGLISH.t,
): string | null {
  return mechanisms.some(({ code, sccModule }) => code === SCC_MECHANISM && sccModule === null)
    ? t('trust:messages:transferGap')
    : null
}
