import type { Metadata } from 'next'

/**
 * `<link rel="alternate">` for the subprocessor list's machine-readable formats, for a page's
 * metadata: `alternates: { canonical, types: subprocessorListAlternates }`.
 */
export const subprocessorListAlternates: NonNullable<NonNullable<Metadata['alternates']>['types']> =
  {
    'text/csv': [{ url: '/subprocessors.csv', title: 'Subprocessor list (CSV)' }],
    'application/json': [{ url: '/subprocessors.json', title: 'Subprocessor list (JSON)' }],
  }
