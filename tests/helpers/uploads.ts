// Uploads as a staff member makes them over REST (multipart, as the admin sends them), and a real
// PNG for the image collection. PDFs: tests/helpers/documents.ts pdfBytes.
import zlib from 'node:zlib'

const crcChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A 2×2 PNG whose pixels encode `seed` (each seed gives other bytes). */
export function samplePng(seed = 0): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(2, 0) // width
  header.writeUInt32BE(2, 4) // height
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = (n: number) => Buffer.from([0, n & 255, (n >> 8) & 255, 0, 255, 255, 255])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    crcChunk('IHDR', header),
    crcChunk('IDAT', zlib.deflateSync(Buffer.concat([row(seed), row(seed + 1)]))),
    crcChunk('IEND', Buffer.alloc(0)),
  ])
}

export type UploadAnswer = { status: number; body: any }

/**
 * Uploads `bytes` as `name` to an upload collection of the portal at `base`, as the staff member
 * whose token is given: multipart, the other fields as `_payload`, as the admin does. `id` updates
 * an existing record instead.
 */
export async function uploadOverRest(
  base: string,
  token: string,
  collection: 'document-files' | 'media',
  file: { bytes: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
  id?: string,
): Promise<UploadAnswer> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(new URL(`/api/${collection}${id ? `/${id}` : ''}`, base), {
    method: id ? 'PATCH' : 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text for the assertion's message
  }
  return { status: response.status, body }
}
