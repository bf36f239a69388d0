import type { Metadata } from 'next'
import { FormattedDate } from '@/components/FormattedDate'
import { ListViewToggle } from '@/components/ListViewToggle'
import { SectionLayout } from '@/components/SectionLayout'
import { SubprocessorTable } from '@/components/SubprocessorTable'
import { listSubprocessorSection } from '@/data/sections'
import { listCategories, listSubprocessors } from '@/data/subprocessors'
import { getSiteSettings } from '@/data/trustCenter'
import { subprocessorListAlternates } from '@/public-api/alternates'
import { pageMetadata } from '@/site/metadata'
import { newestDate } from '@/utilities/dates'

// A static segment: Next prefers it to /subprocessors/[slug], and the slug "table" is reserved
// (collections/Subprocessors/index.ts) so no subprocessor can take this address.

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    settings,
    title: `${settings.subprocessorListTitle} (table)`,
    description: `The ${settings.subprocessorListTitle} as one table: each subprocessor's category, purpose, data processed and locations.`,
    path: '/subprocessors/table',
    alternateTypes: subprocessorListAlternates,
  })
}

export default async function SubprocessorTablePage() {
  const [settings, subprocessors, categories] = await Promise.all([
    getSiteSettings(),
    listSubprocessors(),
    listCategories(),
  ])
  const section = await listSubprocessorSection(settings.subprocessorListTitle)
  const updated = newestDate([...subprocessors, ...categories].map((doc) => doc.updatedAt))
  return (
    <SectionLayout label="Subprocessors" items={section}>
      <h1>{settings.subprocessorListTitle}</h1>
      {updated && (
        <p className="meta">
          Last updated <FormattedDate iso={updated} />
        </p>
      )}
      <ListViewToggle current="/subprocessors/table" />
      <p className="result-count">
        {subprocessors.length === 1 ? '1 subprocessor' : `${subprocessors.length} subprocessors`}.
      </p>
      {subprocessors.length > 0 && (
        <SubprocessorTable subprocessors={subprocessors} categories={categories} />
      )}
    </SectionLayout>
  )
}
