import { describe, expect, it } from 'vitest'
import { csvCell, neutraliseFormula, toCsv } from '@/public-api/csv'
import { policyBodyToHtml, policyBodyToText } from '@/public-api/richText'
import { securityTxt, securityTxtExpiry } from '@/public-api/securityTxt'
import { bulletList, paragraph, richText } from '@/seed/lexical'
import { subprocessorField } from '@/schema/subprocessor'
import {
  contactLines,
  readableApiValue,
  specialCategoriesText,
  valueInWords,
} from '@/schema/subprocessorValues'
import { transferMechanismsOf, transferMechanismText } from '@/schema/transfers'
import { parseCsv } from '../helpers/openapi'

// The formats the portal exports: CSV cells a spreadsheet cannot execute, policy bodies as HTML
// and plain text, and security.txt (RFC 9116).

describe('cells of the CSV export', () => {
  it('quotes every cell and doubles quotes, keeping commas and line breaks inside the cell', () => {
    const csv = toCsv(['a', 'b'], [['He said "hi", then left', 'line one\nline two\r\nline three']])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toBe(
      '\uFEFF"a","b"\r\n"He said ""hi"", then left","line one\nline two\r\nline three"\r\n',
    )
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['He said "hi", then left', 'line one\nline two\r\nline three'],
    ])
  })

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['  =1+1'],
    ['\uFF1D1+1'],
  ])('neutralises %j so a spreadsheet shows it as text', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`)
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`)
  })

  it('leaves ordinary text, addresses and dates alone', () => {
    for (const value of [
      'Stripe, Inc.',
      'https://stripe.com/privacy',
      '2025-01-31T00:00:00.000Z',
      'a=b',
      '',
    ]) {
      expect(neutraliseFormula(value)).toBe(value)
    }
    expect(csvCell(null)).toBe('""')
  })
})

describe('the full SCC entry in words (CSV cells, the annex, notices)', () => {
  it('writes a transfer mechanism with its module and note on one line', () => {
    const [sccs, dpf, stale] = transferMechanismsOf([
      { mechanism: 'eu-sccs', sccModule: '2', note: 'Signed, with "annexes"' },
      { mechanism: 'eu-us-dpf', sccModule: '3' },
      { mechanism: 'eu-sccs' },
    ])
    expect(transferMechanismText(sccs)).toBe(
      'EU Standard Contractual Clauses (2021) – Module 2 (controller to processor) – Signed, with "annexes"',
    )
    // a module belongs to the clauses only: one left on another mechanism is not shown
    expect(dpf).toMatchObject({ code: 'eu-us-dpf', sccModule: null })
    expect(transferMechanismText(dpf)).toBe('EU-US Data Privacy Framework')
    expect(transferMechanismText(stale)).toBe('EU Standard Contractual Clauses (2021)')
    const csv = toCsv(['m'], [[[sccs, dpf].map(transferMechanismText).join('; ')]])
    expect(parseCsv(csv.slice(1))[1][0]).toBe(
      'EU Standard Contractual Clauses (2021) – Module 2 (controller to processor) – Signed, with "annexes"; EU-US Data Privacy Framework',
    )
  })

  it('writes the contact person, special categories and an empty scope list as people read them', () => {
    expect(contactLines({ name: 'Jane Doe', role: 'DPO', email: 'dpo@vendor.example' })).toEqual([
      'Jane Doe (DPO)',
      'dpo@vendor.example',
    ])
    expect(contactLines({ name: null, role: 'DPO', email: null })).toEqual(['DPO'])
    expect(specialCategoriesText({ processed: null, which: [] })).toBeNull()
    expect(specialCategoriesText({ processed: false, which: [] })).toBe('No')
    expect(
      specialCategoriesText({ processed: true, which: ['Health data', 'Biometric data'] }),
    ).toBe('Yes: Health data, Biometric data')
    expect(valueInWords(null, 'scopes')).toBe('All customers')
    expect(valueInWords(null, 'purpose')).toBe('(none)')
    const scopes = subprocessorField('scopes')
    expect(readableApiValue(scopes, ['eu-region'], () => 'EU region')).toEqual(['EU region'])
    expect(readableApiValue(subprocessorField('relationship'), 'affiliate')).toBe(
      'Affiliate (part of our group of companies)',
    )
  })
})

describe('policy bodies as HTML and plain text', () => {
  const noSlugs = () => null

  it('writes lists as lines and links with their address in plain text', () => {
    const body = richText(
      paragraph('Read ', { link: 'https://example.com/terms', text: 'the terms' }, '.'),
      bulletList([['First'], ['Second']]),
    )
    expect(policyBodyToText(body, noSlugs)).toBe(
      'Read the terms (https://example.com/terms).\n\n- First\n- Second',
    )
    expect(policyBodyToHtml(body, noSlugs)).toBe(
      '<p>Read <a href="https://example.com/terms">the terms</a>.</p><ul class="list-bullet"><li>First</li><li>Second</li></ul>',
    )
  })

  it('never emits a javascript: link and escapes text', () => {
    const body = richText(paragraph({ link: 'javascript:alert(1)', text: '<b>click</b>' }))
    const html = policyBodyToHtml(body, noSlugs)
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;b&gt;click&lt;/b&gt;')
  })

  it('points internal links at the portal page of a published document, and nowhere otherwise', () => {
    const link = (id: string) => ({
      type: 'link',
      version: 3,
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'policies', value: id } },
      children: [
        {
          type: 'text',
          text: 'Scope',
          version: 1,
          format: 0,
          detail: 0,
          mode: 'normal',
          style: '',
        },
      ],
    })
    const body = richText({
      type: 'paragraph',
      version: 1,
      children: [link('published-id'), link('draft-id')],
    })
    const slugOf = (collection: string, id: string) =>
      collection === 'policies' && id === 'published-id' ? 'scope' : null
    const html = policyBodyToHtml(body, slugOf)
    expect(html).toMatch(
      /<a href="https?:\/\/[^"]+\/policies\/scope">Scope<\/a><a href="#">Scope<\/a>/,
    )
  })

  it('is deterministic, so the ETag of an unchanged policy never changes', () => {
    const checklist = richText({
      type: 'list',
      version: 1,
      listType: 'check',
      tag: 'ul',
      children: [{ type: 'listitem', version: 1, checked: true, value: 1, children: [] }],
    })
    expect(policyBodyToHtml(checklist, () => null)).toBe(policyBodyToHtml(checklist, () => null))
  })
})

describe('security.txt', () => {
  it('has the required fields, an expiry under a year away and the canonical address', () => {
    const now = new Date('2025-03-10T15:00:00Z')
    const text = securityTxt(
      {
        email: 'security@example.com',
        policyUrl: 'https://example.com/disclosure',
        companyName: 'Example',
      },
      now,
    )
    expect(text).toMatch(/^Contact: mailto:security@example\.com$/m)
    expect(text).toMatch(/^Expires: 2025-06-08T00:00:00Z$/m)
    expect(text).toMatch(/^Policy: https:\/\/example\.com\/disclosure$/m)
    expect(text).toMatch(/^Canonical: https?:\/\/.+\/\.well-known\/security\.txt$/m)
    expect(securityTxtExpiry(now).getTime() - now.getTime()).toBeLessThan(365 * 24 * 3600 * 1000)
  })

  it('points Policy at the portal’s own security policy (docs/security.md) when none is set', () => {
    const text = securityTxt(
      { email: 'security@example.com', policyUrl: null, companyName: null },
      new Date(),
    )
    expect(text).toMatch(/^Policy: https?:\/\/.+\/security-policy$/m)
  })
})
