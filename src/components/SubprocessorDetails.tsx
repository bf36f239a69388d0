import Link from 'next/link'
import type { Category, Subprocessor } from '@/payload-types'
import { transferSafeguards } from '@/schema/subprocessor'
import { DetailRow } from './DetailRow'

const safeguardLabel = (value: string): string =>
  transferSafeguards.find((option) => option.value === value)?.label ?? value

/** An address as people read it: no scheme, no trailing slash. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '')


const List = ({ items }: { items: string[] }) => (
  <ul className="plain-list">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
)

/** Every field of a subprocessor; optional ones only when filled in. */
export function SubprocessorDetails({ subprocessor, category }: { subprocessor: Subprocessor; category?: Category }) {
  const { legalEntity, purpose, dataProcessed, locations, securityUrl, websiteUrl, contact, notes } = subprocessor
  const safeguards = subprocessor.transferSafeguards ?? []
  return (
    <dl className="details">
      {legalEntity && <DetailRow term="Legal entity">{legalEntity}</DetailRow>}
      {category && (
        <DetailRow term="Category">
          <Link href={`/subprocessors#${category.slug}`}>{category.name}</Link>
        </DetailRow>
      )}
      <DetailRow term="Purpose">{purpose}</DetailRow>
      <DetailRow term="Data processed">
        <List items={dataProcessed} />
      </DetailRow>
      <DetailRow term={locations.length === 1 ? 'Location' : 'Locations'}>
        <List items={locations} />
      </DetailRow>
      {safeguards.length > 0 && (
        <DetailRow term="Safeguards for transfers out of the EEA">
          <List items={safeguards.map(safeguardLabel)} />
        </DetailRow>
      )}
      {securityUrl && (
        <DetailRow term="Security information">
          <a href={securityUrl}>{displayUrl(securityUrl)}</a>
        </DetailRow>
      )}
      {websiteUrl && (
        <DetailRow term="Website">
          <a href={websiteUrl}>{displayUrl(websiteUrl)}</a>
        </DetailRow>
      )}
      {contact && (
        <DetailRow term="Contact">
          <span className="multiline">{contact}</span>
        </DetailRow>
      )}
      {notes && (
        <DetailRow term="Notes">
          <span className="multiline">{notes}</span>
        </DetailRow>
      )}
    </dl>
  )
}
