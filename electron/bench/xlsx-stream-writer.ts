// Writes the bench's full-height workbook without holding it: the sheet XML is generated row by row and deflated
// (node:zlib) straight into the file, shared strings are collected as they first appear and written after the
// sheet, then the small parts and the ZIP index. SheetJS cannot write a 1,048,576-row sheet comfortably.
import { open, type FileHandle } from 'node:fs/promises'
import { constants, crc32, createDeflateRaw } from 'node:zlib'
import { SeededRandom } from './seeded-random'
import { companyOf, dateOf, emailOf, firstNameOf, lastNameOf, noteOf, pickPerson, placeOf } from './people-values'

export const FULL_HEADER = [
  'ID',
  'Full Name',
  'Email',
  'Company',
  'City',
  'Country',
  'Signup Date',
  'Amount',
  'Seats',
  'Notes',
]
const COLUMNS = 'ABCDEFGHIJ'
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const FLUSH_CHARS = 1 << 20

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'

interface CentralEntry {
  readonly name: Uint8Array
  readonly offset: number
  readonly crc: number
  readonly compressed: number
  readonly size: number
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Writes a People sheet of a header plus `rows` data rows to `path`; returns the file's size in bytes. */
export async function writeFullHeightXlsx(path: string, rows: number, seed = 0x5eed_71b): Promise<number> {
  const handle = await open(path, 'w')
  const central: CentralEntry[] = []
  let offset = 0
  // The position is taken when the write is issued, so writes issued together land in order.
  const writeAt = async (bytes: Uint8Array) => {
    const at = offset
    offset += bytes.length
    await handle.write(bytes, 0, bytes.length, at)
  }
  const part = async (name: string, produce: (emit: (text: string) => Promise<void>) => Promise<void>) => {
    central.push(await writeDeflatedPart(handle, name, offset, produce, (bytes) => writeAt(bytes)))
  }
  const strings = new Map<string, number>()
  const shared = (text: string) => {
    let index = strings.get(text)
    if (index === undefined) strings.set(text, (index = strings.size))
    return index
  }
  try {
    await part('xl/worksheets/sheet1.xml', async (emit) => {
      await emit(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          `<dimension ref="A1:J${rows + 1}"/><sheetData>`,
      )
      let xml = `<row r="1">${FULL_HEADER.map((name, c) => `<c r="${COLUMNS[c]}1" t="s"><v>${shared(name)}</v></c>`).join('')}</row>`
      const rng = new SeededRandom(seed)
      for (let row = 0; row < rows; row++) {
        xml += rowXml(rng, row, shared)
        if (xml.length >= FLUSH_CHARS) {
          await emit(xml)
          xml = ''
        }
      }
      await emit(`${xml}</sheetData></worksheet>`)
    })
    await part('xl/sharedStrings.xml', async (emit) => {
      await emit(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${strings.size}">`,
      )
      let xml = ''
      for (const text of strings.keys()) {
        xml += /^\s|\s$/.test(text)
          ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`
          : `<si><t>${escapeXml(text)}</t></si>`
        if (xml.length >= FLUSH_CHARS) {
          await emit(xml)
          xml = ''
        }
      }
      await emit(`${xml}</sst>`)
    })
    for (const [name, text] of [
      ['[Content_Types].xml', CONTENT_TYPES],
      ['_rels/.rels', ROOT_RELS],
      ['xl/workbook.xml', WORKBOOK],
      ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
      ['xl/styles.xml', STYLES],
    ] as const) {
      await part(name, (emit) => emit(text))
    }
    const directoryStart = offset
    for (const entry of central) await writeAt(centralHeader(entry))
    await writeAt(endOfDirectory(central.length, offset - directoryStart, directoryStart))
  } finally {
    await handle.close()
  }
  return offset
}

function rowXml(rng: SeededRandom, index: number, shared: (text: string) => number): string {
  const person = pickPerson(rng)
  const place = placeOf(rng)
  const note = noteOf(rng)
  const r = index + 2
  const text = (column: string, value: string) =>
    value ? `<c r="${column}${r}" t="s"><v>${shared(value)}</v></c>` : ''
  const date = rng.chance(0.95) ? (dateOf(rng).getTime() - EXCEL_EPOCH_MS) / 86_400_000 : undefined
  return (
    `<row r="${r}"><c r="A${r}"><v>${index + 1}</v></c>` +
    text('B', `${firstNameOf(rng, person)} ${lastNameOf(rng, person)}`.trim()) +
    text('C', emailOf(rng, person)) +
    text('D', companyOf(rng)) +
    text('E', place.city) +
    text('F', place.country) +
    (date === undefined ? '' : `<c r="G${r}" s="1"><v>${date}</v></c>`) +
    `<c r="H${r}"><v>${Math.round(rng.next() * 5_000_000) / 100}</v></c><c r="I${r}"><v>${rng.between(1, 500)}</v></c>` +
    text('J', note) +
    '</row>'
  )
}

/** Writes one deflated part (local header, data, sizes patched in afterwards) at `offset`. */
async function writeDeflatedPart(
  handle: FileHandle,
  name: string,
  offset: number,
  produce: (emit: (text: string) => Promise<void>) => Promise<void>,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<CentralEntry> {
  const nameBytes = new TextEncoder().encode(name)
  await write(localHeader(nameBytes, 0, 0, 0))
  const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION })
  let crc = 0
  let size = 0
  let compressed = 0
  const pending: Promise<void>[] = []
  deflate.on('data', (chunk: Buffer) => {
    compressed += chunk.length
    pending.push(write(chunk))
  })
  const ended = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  await produce(async (text) => {
    const bytes = Buffer.from(text, 'utf8')
    crc = crc32(bytes, crc)
    size += bytes.length
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve))
    await Promise.all(pending.splice(0))
  })
  deflate.end()
  await ended
  await Promise.all(pending.splice(0))
  await handle.write(localHeader(nameBytes, crc, compressed, size), 0, 30 + nameBytes.length, offset)
  return { name: nameBytes, offset, crc, compressed, size }
}

function localHeader(name: Uint8Array, crc: number, compressed: number, size: number): Uint8Array {
  const header = Buffer.alloc(30 + name.length)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(0x0800, 6)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(crc >>> 0, 14)
  header.writeUInt32LE(compressed, 18)
  header.writeUInt32LE(size, 22)
  header.writeUInt16LE(name.length, 26)
  header.set(name, 30)
  return header
}

function centralHeader(entry: CentralEntry): Uint8Array {
  const header = Buffer.alloc(46 + entry.name.length)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(20, 6)
  header.writeUInt16LE(0x0800, 8)
  header.writeUInt16LE(8, 10)
  header.writeUInt32LE(entry.crc >>> 0, 16)
  header.writeUInt32LE(entry.compressed, 20)
  header.writeUInt32LE(entry.size, 24)
  header.writeUInt16LE(entry.name.length, 28)
  header.writeUInt32LE(entry.offset, 42)
  header.set(entry.name, 46)
  return header
}

function endOfDirectory(count: number, size: number, start: number): Uint8Array {
  const record = Buffer.alloc(22)
  record.writeUInt32LE(0x06054b50, 0)
  record.writeUInt16LE(count, 8)
  record.writeUInt16LE(count, 10)
  record.writeUInt32LE(size, 12)
  record.writeUInt32LE(start, 16)
  return record
}
