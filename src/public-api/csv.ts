// RFC 4180 CSV that spreadsheets open as plain data: every cell is quoted, quotes are doubled,
// and a cell that a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP
// "CSV injection"). Line breaks inside a cell survive quoted.

// ASCII and full-width forms of = + - @, and the tab and carriage return that some spreadsheets
// strip before looking for a formula. Checked after leading spaces, which spreadsheets also skip.
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value)
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`
}

/**
 * A whole CSV document: header row first, CRLF line ends, and a byte order mark so that
 * spreadsheet programs read it as UTF-8 instead of guessing a legacy encoding.
 */
export function toCsv(
  header: string[],
  rows: Array<Array<string | number | null | undefined>>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
