// Files the end-to-end specs write for themselves: broken ones, and one big enough to watch it load.
import { createWriteStream } from 'node:fs'
import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'

export async function writeBigCsv(dir: string, rows: number): Promise<string> {
  const path = join(dir, 'big-people.csv')
  const out = createWriteStream(path)
  out.write('id,first_name,last_name,email,phone,city,notes\n')
  for (let i = 0; i < rows; i += 1000) {
    let block = ''
    for (let r = i; r < Math.min(rows, i + 1000); r++) {
      block += `${r},Ada${r % 97},Lovelace${r % 89},ada.${r}@example.com,+1 415 555 ${String(r % 10000).padStart(4, '0')},"San Francisco, CA",note ${r}\n`
    }
    if (!out.write(block)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return path
}

export async function writeBadFiles(dir: string) {
  const empty = join(dir, 'empty.csv')
  await writeFile(empty, '')
  const binary = join(dir, 'photo.csv')
  const bytes = new Uint8Array(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0)
  await writeFile(binary, bytes)
  const corrupt = join(dir, 'broken.xlsx')
  await writeFile(corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 0x41)]))
  const huge = join(dir, 'two-gigabytes.csv')
  await writeFile(huge, 'a,b\n')
  await truncate(huge, 2 * 1024 * 1024 * 1024)
  const ragged = join(dir, 'ragged.csv')
  await writeFile(ragged, 'Email,Email,,Name\na@x.io,b@x.io,1,Ann\nc@x.io\nd@x.io,e@x.io,2,Dan,extra\n')
  return { empty, binary, corrupt, huge, ragged, missing: join(dir, 'moved-away.csv') }
}

/**
 * A workbook that takes SheetJS several seconds to parse (one sheet of `rows` inline-string rows), written
 * as a real ZIP by hand so the test needs no slow spreadsheet writer.
 */
export async function writeSlowXlsx(dir: string, rows: number): Promise<string> {
  const { deflateRawSync, crc32 } = await import('node:zlib')
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
  ]
  const cells = (r: number) =>
    ['Name', 'Email', 'City', 'Notes']
      .map((h, c) => `<c r="${'ABCD'[c]}${r}" t="inlineStr"><is><t>${r === 1 ? h : `${h} ${r}`}</t></is></c>`)
      .join('')
  const body: string[] = []
  for (let r = 1; r <= rows + 1; r++) body.push(`<row r="${r}">${cells(r)}</row>`)
  parts.push([
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D${rows + 1}"/><sheetData>${body.join('')}</sheetData></worksheet>`,
  ])
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of parts) {
    const data = Buffer.from(text)
    const packed = deflateRawSync(data)
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, packed)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  const path = join(dir, 'slow-workbook.xlsx')
  await writeFile(path, Buffer.concat([...locals, directory, end]))
  return path
}
