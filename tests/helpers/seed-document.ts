// Reads the customer's original page (a verbatim copy of shared/seeds/000_c2bbe4222c982feb.txt)
// independently of src/seed, so a fact mistyped or dropped in the seed data fails the tests.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type SourceSubprocessor = {
  heading: string
  category: string
  purpose: string
  dataProcessed: string
  securityInfo?: string
  location: string
}

const here = path.dirname(fileURLToPath(import.meta.url))
const file = path.join(here, '..', 'fixtures', 'clicki-subprocessor-list.txt')
const lines = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)

const fieldNames: Record<string, keyof SourceSubprocessor> = {
  'Purpose:': 'purpose',
  'Data Processed:': 'dataProcessed',
  'Security Info:': 'securityInfo',
  'Location:': 'location',
}
const fieldOf = (line: string) => Object.keys(fieldNames).find((prefix) => line.startsWith(prefix))

function between(start: string, end: string): string[] {
  const from = lines.indexOf(start)
  const to = lines.indexOf(end, from + 1)
  if (from === -1 || to === -1)
    throw new Error(`seed document has no section "${start}" … "${end}"`)
  return lines.slice(from + 1, to)
}

export function sourceSubprocessors(): SourceSubprocessor[] {
  const list = between('Subprocessor List', 'Subprocessor Management')
  const result: SourceSubprocessor[] = []
  let category = ''
  list.forEach((line, index) => {
    const field = fieldOf(line)
    if (field) {
      const current = result[result.length - 1]
      ;(current as Record<string, string>)[fieldNames[field]] = line.slice(field.length).trim()
    } else if (list[index + 1]?.startsWith('Purpose:')) {
      result.push({ heading: line, category, purpose: '', dataProcessed: '', location: '' })
    } else {
      category = line
    }
  })
  return result
}

export const sourceSections = {
  Purpose: between('Purpose', 'Scope'),
  Scope: between('Scope', 'Subprocessor Definition'),
  'Subprocessor Definition': between('Subprocessor Definition', 'Subprocessor List'),
  'Subprocessor Management': between('Subprocessor Management', 'Changes to Subprocessors'),
  'Changes to Subprocessors': between('Changes to Subprocessors', 'Contact'),
  Contact: lines.slice(lines.lastIndexOf('Contact') + 1),
}

export const sourceTitles = { portal: lines[1], list: lines[3] }
