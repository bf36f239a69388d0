/** An id for a heading made from its text, for entries without a slug: "SOC 2 Type II" → "soc-2-type-ii". */
export function anchorOf(text: string): string {
  const anchor = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return anchor || 'entry'
}
