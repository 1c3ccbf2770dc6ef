// Test support for the streaming reader's differential tests: a workbook from raw sheet XML (with shared
// strings and extra cell styles), and one read through the streaming reader and through today's SheetJS path.
import type { OpenOptions, SourceMeta } from '../../../../../shared/files/open-file'
import { CollectSink } from '../../csv/collect-sink.test-support'
import { DEFAULT_LIMITS } from '../../worker-protocol'
import { createCellText } from '../cell-text'
import { emitSheet } from '../emit-sheet'
import type { SheetJs } from '../load-sheetjs'
import { parseWorkbook } from '../parse-workbook'
import { buildWorkbook, craftZip, sheetJs } from '../workbook.test-support'
import { readZipDirectory, type ZipEntry } from '../zip-directory'
import { readZipPart } from '../zip-part'
import { readXlsxStream } from './read-xlsx-stream'

export const FILE = 'book.xlsx'

export interface Outcome {
  readonly meta: SourceMeta
  readonly rows: string[][]
  readonly sourceRows: number[]
  readonly notices: unknown
}

export function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes, 1000)
  if (directory.kind !== 'ok') throw new Error(directory.kind)
  return directory.entries
}

const outcome = (sink: CollectSink, notices: unknown): Outcome => ({
  meta: sink.lastMeta,
  rows: sink.rows(),
  sourceRows: sink.sourceRows(),
  notices,
})

/** The streaming read, undefined when the reader declines the workbook; `load` counts SheetJS loads. */
export async function readStreamed(
  bytes: Uint8Array,
  options: OpenOptions = {},
  load: () => SheetJs = () => sheetJs,
  sink = new CollectSink(),
): Promise<Outcome | undefined> {
  const summary = await readXlsxStream({
    bytes,
    entries: entriesOf(bytes),
    file: FILE,
    options,
    sink,
    limits: DEFAULT_LIMITS,
    sheetJs: load,
    startedAt: performance.now(),
  })
  return summary && outcome(sink, summary.notices)
}

export function readThroughSheetJs(bytes: Uint8Array, options: OpenOptions = {}): Outcome {
  const parsed = parseWorkbook(sheetJs, bytes, entriesOf(bytes), options.sheet, FILE)
  const sink = new CollectSink()
  const { notices } = emitSheet({
    sheet: parsed.sheet,
    cellText: createCellText(sheetJs.SSF, parsed.date1904),
    headerRow: options.headerRow,
    meta: { kind: 'xlsx', sheets: [...parsed.sheets], sheet: parsed.sheets[parsed.index]!.name },
    sink,
    totalBytes: bytes.length,
    file: FILE,
  })
  return outcome(sink, notices)
}

export interface SheetXmlOptions {
  /** The `<sst>` body (its `<si>` items), or undefined for a package without shared strings. */
  readonly sst?: string
  /** Leave the `<sst>` root open, as a truncated part would. */
  readonly sstUnclosed?: boolean
  /** Styles 1, 2, ...: a custom number format's code, or a built-in format's id (style 0 stays General). */
  readonly formats?: readonly (string | number)[]
  readonly dimension?: string
}

/** A one-sheet ("Data") stored workbook whose `<sheetData>` body is `sheetData`. */
export function workbookWithSheetXml(sheetData: string, options: SheetXmlOptions = {}): Uint8Array {
  const base = buildWorkbook({ Data: [['a']] })
  const directory = readZipDirectory(base, 100)
  if (directory.kind !== 'ok') throw new Error('zip')
  const parts = directory.entries
    .filter((entry) => entry.name !== 'xl/sharedStrings.xml')
    .map((entry) => {
      let text = readZipPart(base, entry, 1 << 24)!
      if (entry.name === 'xl/worksheets/sheet1.xml') {
        text = text
          .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${options.dimension ?? 'A1:J9'}"/>`)
          .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`)
      }
      if (entry.name === 'xl/styles.xml' && options.formats) text = withFormats(text, options.formats)
      if (entry.name === '[Content_Types].xml') {
        text = text.replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, '')
        if (options.sst !== undefined) {
          const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'
          text = text.replace('</Types>', `<Override PartName="/xl/sharedStrings.xml" ContentType="${type}"/></Types>`)
        }
      }
      return { name: entry.name, data: new TextEncoder().encode(text) }
    })
  if (options.sst !== undefined) {
    const root =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: new TextEncoder().encode(root + options.sst + (options.sstUnclosed ? '' : '</sst>')),
    })
  }
  return craftZip(parts)
}

function withFormats(styles: string, formats: readonly (string | number)[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const idOf = (format: string | number, i: number) => (typeof format === 'number' ? format : 200 + i)
  const custom = formats.flatMap((format, i) =>
    typeof format === 'string' ? [`<numFmt numFmtId="${200 + i}" formatCode="${escape(format)}"/>`] : [],
  )
  const xfs = formats.map(
    (format, i) =>
      `<xf numFmtId="${idOf(format, i)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  )
  return styles
    .replace(/<numFmts[^>]*>[\s\S]*?<\/numFmts>|<numFmts[^>]*\/>/, '')
    .replace(/<fonts/, `<numFmts count="${custom.length}">${custom.join('')}</numFmts><fonts`)
    .replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_all, _count: string, body: string) => {
      const first = /<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/.exec(body)![0]
      return `<cellXfs count="${1 + formats.length}">${first}${xfs.join('')}</cellXfs>`
    })
}
