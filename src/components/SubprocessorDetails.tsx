import Link from 'next/link'
import type { ReactNode } from 'react'
import type { Category, Subprocessor } from '@/payload-types'
import { transferSafeguards } from '../../collections/Subprocessors'

const safeguardLabel = (value: string): string =>
  transferSafeguards.find((option) => option.value === value)?.label ?? value

/** An address as people read it: no scheme, no trailing slash. */
export const displayUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

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
      {legalEntity && <Row term="Legal entity">{legalEntity}</Row>}
      {category && (
        <Row term="Category">
          <Link href={`/subprocessors#${category.slug}`}>{category.name}</Link>
        </Row>
      )}
      <Row term="Purpose">{purpose}</Row>
      <Row term="Data processed">
        <List items={dataProcessed} />
      </Row>
      <Row term={locations.length === 1 ? 'Location' : 'Locations'}>
        <List items={locations} />
      </Row>
      {safeguards.length > 0 && (
        <Row term="Safeguards for transfers out of the EEA">
          <List items={safeguards.map(safeguardLabel)} />
        </Row>
      )}
      {securityUrl && (
        <Row term="Security information">
          <a href={securityUrl}>{displayUrl(securityUrl)}</a>
        </Row>
      )}
      {websiteUrl && (
        <Row term="Website">
          <a href={websiteUrl}>{displayUrl(websiteUrl)}</a>
        </Row>
      )}
      {contact && (
        <Row term="Contact">
          <span className="multiline">{contact}</span>
        </Row>
      )}
      {notes && (
        <Row term="Notes">
          <span className="multiline">{notes}</span>
        </Row>
      )}
    </dl>
  )
}
