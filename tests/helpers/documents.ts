// Document-library fixtures: real PDFs (pdf-lib), uploaded through the Local API (integration
// tests) or the running portal's REST API as the admin (browser tests), and a reader for the
// stamp a download carries.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFRawStream,
  StandardFonts,
  type PDFPage,
} from 'pdf-lib'
import type { Payload } from 'payload'
import { paragraph, richText } from '@/seed/lexical'
import type { Document, DocumentFile } from '@/payload-types'
import { quiet } from './factories'

/** A small real PDF with `pages` pages, each saying `text`. */
export async function pdfBytes(
  text = 'Fixture report',
  pages = 2,
  options: { useObjectStreams?: boolean } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= pages; i++)
    pdf.addPage([595, 842]).drawText(`${text}, page ${i}`, { x: 50, y: 780, size: 14, font })
  return pdf.save(options)
}

const fileOf = (data: Uint8Array, name: string) => ({
  data: Buffer.from(data),
  mimetype: 'application/pdf',
  name,
  size: data.byteLength,
})

export async function uploadFile(
  payload: Payload,
  { version = '1.0', bytes, name }: { version?: string; bytes?: Uint8Array; name?: string } = {},
) {
  const data = bytes ?? (await pdfBytes())
  return (await payload.create({
    collection: 'document-files',
    data: { version, effectiveDate: '2026-01-15T00:00:00.000Z' },
    file: fileOf(data, name ?? `fixture-${Math.random().toString(36).slice(2)}.pdf`),
    overrideAccess: true,
  })) as DocumentFile
}

/** A published document with a fresh file; `accessLevel` nda unless said. */
export async function createDocument(
  payload: Payload,
  fields: Partial<Pick<Document, 'title' | 'accessLevel' | 'kind' | 'description'>> = {},
) {
  const file = await uploadFile(payload)
  const title = fields.title ?? `Fixture document ${Math.random().toString(36).slice(2, 8)}`
  return (await payload.create({
    collection: 'documents',
    data: {
      title,
      kind: 'audit-report',
      accessLevel: 'nda',
      ...fields,
      file: file.id,
      _status: 'published',
    } as never,
    overrideAccess: true,
    ...quiet,
  })) as Document
}

/** Writes the NDA (and any other document-access settings); returns the settings. */
export const setDocumentAccess = (
  payload: Payload,
  data: { ndaText?: string | null } & Record<string, unknown>,
) =>
  payload.updateGlobal({
    slug: 'document-access',
    data: {
      ...data,
      ...(data.ndaText !== undefined && {
        ndaText: data.ndaText === null ? null : richText(paragraph(data.ndaText)),
      }),
    } as never,
    overrideAccess: true,
    ...quiet,
  })

/** The text drawn on each page (hex and literal strings of Tj), page by page. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes)
  return pdf.getPages().map((page: PDFPage) => {
    const contents = page.node.Contents()
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => pdf.context.lookup(ref))
        : [contents]
    return streams
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => {
        const code = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
        const strings = [...code.matchAll(/<([0-9A-Fa-f]+)>\s*Tj|\((.*?)\)\s*Tj/g)].map(
          ([, hex, literal]) => (hex ? Buffer.from(hex, 'hex').toString('latin1') : literal),
        )
        return strings.join('\n')
      })
      .join('\n')
  })
}

/** Uploads a PDF to the running portal as staff (REST multipart, as the admin's upload does). */
export async function uploadOverRest(
  base: string,
  token: string,
  { version = '1.0', bytes }: { version?: string; bytes?: Uint8Array } = {},
): Promise<DocumentFile> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([Buffer.from(bytes ?? (await pdfBytes()))], { type: 'application/pdf' }),
    `fixture-${Math.random().toString(36).slice(2)}.pdf`,
  )
  form.append('_payload', JSON.stringify({ version, effectiveDate: '2026-01-15T00:00:00.000Z' }))
  const response = await fetch(new URL('/api/document-files', base), {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const json = (await response.json()) as { doc?: DocumentFile }
  if (!response.ok || !json.doc)
    throw new Error(`upload: ${response.status} ${JSON.stringify(json)}`)
  return json.doc
}
