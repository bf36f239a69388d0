// Stamps a confidential PDF for the person downloading it: their name, email and the date on
// every page, and in the file's properties, so a leaked copy traces back (pdf-lib, a maintained
// library, does the PDF work).
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

export type Stamp = { name: string; email: string; company: string; date: string; title: string }

/** What the stamp says, on one line. */
export const stampLine = ({ name, email, company, date }: Stamp) =>
  `Confidential. Provided to ${name} <${email}>, ${company}, on ${date}. Do not share.`

// The standard PDF fonts cover Latin-1 (WinAnsi) only: anything else is shown as "?", so a
// name in another script still stamps (the exact name and email stay in the file's properties).
const winAnsi = (text: string) =>
  text.normalize('NFC').replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?')

export async function stampPdf(bytes: Uint8Array, stamp: Stamp): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const line = winAnsi(stampLine(stamp))
  for (const page of pdf.getPages()) {
    const { width, x, y } = page.getCropBox()
    let size = 8
    while (size > 4 && font.widthOfTextAtSize(line, size) > width - 24) size -= 0.5
    page.drawText(line, { x: x + 12, y: y + 10, size, font, color: rgb(0.45, 0.1, 0.1) })
    page.drawText(line, {
      x: x + 12,
      y: y + page.getCropBox().height - 16,
      size,
      font,
      color: rgb(0.45, 0.1, 0.1),
    })
  }
  pdf.setSubject(stampLine(stamp))
  pdf.setKeywords([`provided-to:${stamp.email}`, `date:${stamp.date}`])
  pdf.setModificationDate(new Date())
  // no object streams: the properties stay readable as plain text in the file
  return pdf.save({ useObjectStreams: false })
}

/** Null when pdf-lib can open and stamp the file; otherwise why not, in words for staff. */
export async function unstampableReason(bytes: Uint8Array): Promise<string | null> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    if (pdf.getPageCount() === 0) return 'The PDF has no pages.'
    return null
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/encrypt/i.test(message))
      return 'The PDF is password-protected or encrypted, so it cannot be stamped with the name of each person who downloads it. Save it again without a password and upload that copy.'
    return 'The file could not be read as a PDF. Export it again as a PDF and upload that copy.'
  }
}
