// How long stamping a confidential PDF takes, and how much memory, against pdf-lib's own load and
// save of the same file (the floor: stamping cannot be cheaper). Prints figures and ratios.
// Run: npm run bench:stamp   (BENCH_SECONDS: time per size, default 5)
import { performance } from 'node:perf_hooks'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { stampPdf } from '@/document-access/stamp'

const seconds = Number(process.env.BENCH_SECONDS || 5)

async function fixture(pages: number) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842])
    for (let line = 0; line < 40; line++)
      page.drawText(`Page ${i + 1}, line ${line + 1}: control objectives and test results.`, {
        x: 40,
        y: 800 - line * 18,
        size: 10,
        font,
      })
  }
  return pdf.save()
}

async function measure(run: () => Promise<unknown>) {
  const times: number[] = []
  const until = performance.now() + seconds * 1000
  let peak = process.memoryUsage().rss
  while (performance.now() < until || times.length < 3) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  times.sort((a, b) => a - b)
  return { runs: times.length, p50: times[times.length >> 1], peakMb: peak / 2 ** 20 }
}

const stamp = {
  name: 'Ada Reviewer',
  email: 'ada@customer.example',
  company: 'Customer Ltd',
  date: '4 December 2026',
  title: 'SOC 2 Type II report',
}

console.log('pages | size | load+save p50 | stamp p50 | ratio | stamped MB/s | peak RSS')
for (const pages of [10, 100, 400]) {
  const bytes = await fixture(pages)
  const floor = await measure(async () => (await PDFDocument.load(bytes)).save())
  const stamped = await measure(() => stampPdf(bytes, stamp))
  const mb = bytes.byteLength / 2 ** 20
  console.log(
    `${pages} | ${(bytes.byteLength / 1024).toFixed(0)} KB | ${floor.p50.toFixed(1)} ms | ${stamped.p50.toFixed(1)} ms | ${(stamped.p50 / floor.p50).toFixed(2)}× | ${(mb / (stamped.p50 / 1000)).toFixed(1)} | ${stamped.peakMb.toFixed(0)} MB`,
  )
}
