import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { OpenOptions } from '../../../../shared/files/open-file'
import { DEFAULT_LIMITS } from '../worker-protocol'
import { CollectSink } from './collect-sink.test-support'
import { readCsvFile, type ReadTuning } from './read-csv'

const dir = mkdtempSync(join(tmpdir(), 'preflight-read-csv-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string) => join(import.meta.dirname, '__fixtures__', name)

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function read(path: string, options: OpenOptions = {}, tuning: ReadTuning = {}) {
  const sink = new CollectSink()
  const summary = await readCsvFile(path, options, sink, DEFAULT_LIMITS, tuning)
  return { sink, summary }
}

describe('readCsvFile on the client fixtures', () => {
  it('reads people-us.csv (UTF-8 with BOM, CRLF) without altering a cell', async () => {
    const { sink, summary } = await read(fixture('people-us.csv'))
    expect(sink.meta.encoding).toEqual({ detected: 'utf-8', used: 'utf-8', hadBom: true })
    expect(sink.meta.delimiter).toEqual({ detected: ',', used: ',' })
    expect(sink.meta.headerRow).toEqual({ detected: 1, used: 1 })
    expect(sink.headers).toEqual([
      'First Name',
      'Last Name',
      'Email',
      'Phone',
      'Title',
      'City',
      'Company Website',
      'Birthday',
      'Newsletter',
      'Segment',
      'Interests',
      'Engagement',
      'Tags',
    ])
    expect(sink.meta.columns[0]).toEqual({ id: 'c0', name: 'First Name', sourceName: 'First Name' })
    expect(summary).toEqual({ rowCount: 10, notices: [], noticesOmitted: 0, fileWarnings: [] })
    const rows = sink.rows()
    expect(rows[0]).toEqual([
      'Ada',
      'Lovelace',
      'ADA.LOVELACE@Analytical.io ',
      '(415) 909-5555',
      'CTO',
      'San Francisco',
      'www.analytical.io',
      '12/10/1985',
      'yes',
      'Enterprise',
      'Product; Pricing',
      '5',
      'vip, early-adopter',
    ])
    expect(rows[1]![11]).toBe('★★★★')
    expect(rows[1]![12]).toBe('')
    expect(rows[6]![10]).toBe('"Product"')
    expect(rows[7]![2]).toBe(' barbara@mit.edu')
    expect(rows[9]![0]).toBe('Edsger')
    expect(sink.sourceRows()).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('reads companies-eu.csv (Windows-1252, semicolons) into the right characters', async () => {
    const { sink, summary } = await read(fixture('companies-eu.csv'))
    expect(sink.meta.encoding).toEqual({ detected: 'windows-1252', used: 'windows-1252', hadBom: false })
    expect(sink.meta.delimiter).toEqual({ detected: ';', used: ';' })
    expect(sink.headers).toEqual([
      'Firma',
      'Webseite',
      'Mitarbeiter',
      'Jahresumsatz',
      'Straße',
      'PLZ',
      'Ort',
      'Land',
      'Kunde seit',
      'ICP',
    ])
    expect(summary.rowCount).toBe(6)
    expect(summary.notices).toEqual([])
    const rows = sink.rows()
    expect(rows[0]).toEqual([
      'Müller & Söhne GmbH',
      'www.mueller-soehne.de',
      '1.200',
      '1.234.567,89 €',
      'Königsallee 12',
      '40212',
      'Düsseldorf',
      'Deutschland',
      '14.03.2019',
      'Ja',
    ])
    expect(rows[1]!.slice(0, 5)).toEqual([
      'Café Crème SARL',
      'https://cafe-creme.fr',
      '45',
      '€ 98.000',
      '12 rue de l’Église',
    ])
    expect(rows[2]![0]).toBe('Øresund Shipping A/S')
    expect(rows[2]![6]).toBe('København')
    expect(rows[4]![6]).toBe('Zürich')
    expect(sink.sourceRows()).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('gives the same cells whatever the block size, down to one byte', async () => {
    for (const name of ['people-us.csv', 'companies-eu.csv']) {
      const whole = await read(fixture(name))
      for (let blockBytes = 1; blockBytes <= 7; blockBytes++) {
        const split = await read(fixture(name), {}, { blockBytes })
        expect(split.sink.rows(), `${name} in ${blockBytes}-byte blocks`).toEqual(whole.sink.rows())
        expect(split.sink.sourceRows()).toEqual(whole.sink.sourceRows())
        expect(split.sink.headers).toEqual(whole.sink.headers)
      }
    }
  })
})

describe('readCsvFile across block boundaries', () => {
  const tricky =
    'id,text,note\r\n' +
    '1,"multi\r\nline, with ""quotes""",é\r\n' +
    '\r\n' +
    '2,"lone\rcr",€uro\r' +
    '3,plain "stray" quote,😀\n' +
    '4,"",\n' +
    '5,"ends quoted","x"'

  it('parses the same rows with blocks of 1 to 7 bytes as with one block', async () => {
    const path = write('tricky.csv', tricky)
    const whole = await read(path)
    expect(whole.sink.rows()).toEqual([
      ['1', 'multi\r\nline, with "quotes"', 'é'],
      ['2', 'lone\rcr', '€uro'],
      ['3', 'plain "stray" quote', '😀'],
      ['4', '', ''],
      ['5', 'ends quoted', 'x'],
    ])
    expect(whole.sink.sourceRows()).toEqual([2, 4, 5, 6, 7])
    for (let blockBytes = 1; blockBytes <= 7; blockBytes++) {
      const split = await read(path, {}, { blockBytes })
      expect(split.sink.rows(), `${blockBytes}-byte blocks`).toEqual(whole.sink.rows())
      expect(split.sink.sourceRows()).toEqual(whole.sink.sourceRows())
    }
  })

  it('does the same for UTF-16 and Windows-1252 input', async () => {
    const text = 'name;city\r\nZoë;Düsseldorf\r\n"a;b";€ 5\r\n'
    const le = write('tricky-16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const cp = write('tricky-1252.csv', Buffer.from(text.replace('€', '\x80'), 'latin1'))
    for (const path of [le, cp]) {
      for (const blockBytes of [1, 2, 3, 5, 7, undefined]) {
        const { sink } = await read(path, {}, blockBytes ? { blockBytes } : {})
        expect(sink.rows()).toEqual([
          ['Zoë', 'Düsseldorf'],
          ['a;b', '€ 5'],
        ])
      }
    }
  })
})

describe('readCsvFile encodings', () => {
  const text = 'Name,Stadt\r\nJürgen,Köln\r\nZoë,"São Paulo"\r\n'
  const expected = [
    ['Jürgen', 'Köln'],
    ['Zoë', 'São Paulo'],
  ]

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    for (const [name, bytes, encoding] of [
      ['le.csv', le, 'utf-16le'],
      ['be.csv', be, 'utf-16be'],
    ] as const) {
      const { sink } = await read(write(name, bytes))
      expect(sink.meta.encoding).toEqual({ detected: encoding, used: encoding, hadBom: true })
      expect(sink.headers).toEqual(['Name', 'Stadt'])
      expect(sink.rows()).toEqual(expected)
    }
  })

  it('recognises UTF-16 LE without a BOM by its NUL bytes', async () => {
    const { sink } = await read(write('le-nobom.csv', Buffer.from(text, 'utf16le')))
    expect(sink.meta.encoding).toEqual({ detected: 'utf-16le', used: 'utf-16le', hadBom: false })
    expect(sink.rows()).toEqual(expected)
  })

  it('keeps going on invalid UTF-8 after the sample and names the first bad row', async () => {
    const good = 'id,name\n' + Array.from({ length: 9000 }, (_, i) => `${i},Zoë ${i}\n`).join('')
    const bytes = Buffer.concat([
      Buffer.from(good),
      Buffer.from('9000,M\xfcller\n9001,\xe9t\xe9\n', 'latin1'),
      Buffer.from('9002,fine\n'),
    ])
    const { sink, summary } = await read(write('late-latin1.csv', bytes))
    expect(sink.meta.encoding?.detected).toBe('utf-8')
    expect(summary.rowCount).toBe(9003)
    expect(sink.rows().slice(-3)).toEqual([
      ['9000', 'M\u{FFFD}ller'],
      ['9001', '\u{FFFD}t\u{FFFD}'],
      ['9002', 'fine'],
    ])
    expect(summary.notices).toHaveLength(1)
    expect(summary.notices[0]).toMatchObject({ code: 'INVALID_UTF8', row: 9002 })
    expect(summary.notices[0]!.message).toContain('Windows-1252')
  })

  it('uses the encoding the user chose over the detected one', async () => {
    const { sink } = await read(fixture('people-us.csv'), { encoding: 'windows-1252' })
    expect(sink.meta.encoding).toEqual({ detected: 'utf-8', used: 'windows-1252', hadBom: true })
    expect(sink.rows()[1]![11]).toBe('â˜…â˜…â˜…â˜…')
  })
})

describe('readCsvFile refusals', () => {
  async function refusal(path: string, limits = DEFAULT_LIMITS) {
    const error = await readCsvFile(path, {}, new CollectSink(), limits).then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string; name: string },
    )
    expect(error?.name).toBe('IngestError')
    return { code: error!.code, message: error!.message }
  }

  it('refuses empty files: no bytes, only a BOM, only whitespace', async () => {
    for (const [name, bytes] of [
      ['zero.csv', ''],
      ['bom.csv', Buffer.from([0xef, 0xbb, 0xbf])],
      ['bom16.csv', Buffer.from([0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00])],
      ['blank.csv', ' \r\n\t\r\n'],
    ] as const) {
      expect(await refusal(write(name, bytes))).toEqual({ code: 'FILE_EMPTY', message: `The file ${name} is empty.` })
    }
  })

  it('refuses binary files and says what they look like', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])
    expect(await refusal(write('photo.csv', png))).toEqual({
      code: 'FILE_NOT_TEXT',
      message: 'photo.csv is not a text file: it looks like a PNG image.',
    })
    const zip = write('renamed.csv', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'))
    expect((await refusal(zip)).message).toContain('renamed.csv is not a text file: it looks like an Excel workbook')
    const noise = write('noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    expect((await refusal(noise)).code).toBe('FILE_NOT_TEXT')
  })

  it('refuses a file over the size limit before reading it (a sparse 2 GB file)', async () => {
    const path = write('huge.csv', 'a,b\n1,2\n')
    const { truncateSync } = await import('node:fs')
    truncateSync(path, 2 * 1024 ** 3)
    expect(await refusal(path)).toEqual({
      code: 'FILE_TOO_LARGE',
      message:
        'huge.csv is 2.0 GB; Preflight opens text files up to 1.5 GB. ' +
        'Split it into smaller files and import them one after another.',
    })
  })

  it('refuses a missing file and a folder, naming them', async () => {
    expect(await refusal(join(dir, 'gone.csv'))).toEqual({
      code: 'FILE_NOT_FOUND',
      message: 'The file gone.csv was not found. It may have been moved or deleted.',
    })
    expect((await refusal(dir)).code).toBe('NOT_A_FILE')
  })
})

describe('readCsvFile rows, header and chunks', () => {
  it('skips title rows above the detected header and numbers rows as a spreadsheet does', async () => {
    const text =
      'Pipeline export\r\nGenerated 2026-03-01\r\n\r\n' + 'Deal,Amount,Stage\r\nAcme,1200,Won\r\n\r\nBeta,50,Lost\r\n'
    const path = write('titled.csv', text)
    const { sink, summary } = await read(path)
    expect(sink.meta.headerRow).toEqual({ detected: 4, used: 4 })
    expect(sink.headers).toEqual(['Deal', 'Amount', 'Stage'])
    expect(sink.rows()).toEqual([
      ['Acme', '1200', 'Won'],
      ['Beta', '50', 'Lost'],
    ])
    expect(sink.sourceRows()).toEqual([5, 7])
    expect(summary.notices).toEqual([])
  })

  it('follows a header row, delimiter and encoding chosen by the user', async () => {
    const path = write('override.txt', 'a|b|c;d\r\nx|y|z;w\r\n1|2|3;4\r\n')
    const semicolon = await read(path, { delimiter: ';', headerRow: 2 })
    expect(semicolon.sink.meta.delimiter).toEqual({ detected: '|', used: ';' })
    expect(semicolon.sink.meta.headerRow).toEqual({ detected: 1, used: 2 })
    expect(semicolon.sink.headers).toEqual(['x|y|z', 'w'])
    expect(semicolon.sink.rows()).toEqual([['1|2|3', '4']])
    expect(semicolon.sink.sourceRows()).toEqual([3])
  })

  it('reads a header-only file as zero rows with its columns', async () => {
    const { sink, summary } = await read(write('header-only.csv', 'Email,Name,Email\n'))
    expect(summary.rowCount).toBe(0)
    expect(sink.chunks).toHaveLength(1)
    expect(sink.meta.columns.map((c) => [c.id, c.name, c.sourceName])).toEqual([
      ['c0', 'Email', 'Email'],
      ['c1', 'Name', 'Name'],
      ['c2', 'Email (2)', 'Email'],
    ])
  })

  it('defaults to tab for a single-column .tsv and to comma otherwise', async () => {
    const tsv = await read(write('one.tsv', 'Email\na@b.c\n'))
    expect(tsv.sink.meta.delimiter?.detected).toBe('\t')
    const csv = await read(write('one.csv', 'Email\na@b.c\n'))
    expect(csv.sink.meta.delimiter?.detected).toBe(',')
    const tabs = await read(write('tabs.txt', 'a\tb\tc\n1\t2,5\t3\n'))
    expect(tabs.sink.rows()).toEqual([['1', '2,5', '3']])
  })

  it('sends a first chunk with the meta after the first block, then chunks of chunkRows rows', async () => {
    const body = Array.from({ length: 1000 }, (_, i) => `${i},row ${i}\n`).join('')
    const path = write('chunks.csv', `id,label\n${body}`)
    // About 85 rows fit the first 1 KiB block: they are sent at once rather than after 300 rows.
    const { sink } = await read(path, {}, { blockBytes: 1024, chunkRows: 300 })
    const sizes = sink.chunks.map((c) => c.chunk.sourceRows.length)
    expect(sizes[0]).toBeLessThan(300)
    expect(sizes[0]).toBeGreaterThan(0)
    expect(sizes.slice(1, -1).every((n) => n === 300)).toBe(true)
    expect(sizes.reduce((a, b) => a + b)).toBe(1000)
    expect(sink.chunks.filter((c) => c.meta)).toHaveLength(1)
    expect(sink.chunks[0]!.meta).toBeDefined()
    expect(sink.rows()[999]).toEqual(['999', 'row 999'])
    const last = sink.progressEvents[sink.progressEvents.length - 1]!
    const size = Buffer.byteLength(`id,label\n${body}`)
    expect(last).toEqual({ bytesRead: size, totalBytes: size, rowsRead: 1000 })
    expect(sink.progressEvents.length).toBeGreaterThan(3)
  })

  it('pads short rows, keeps extra fields in new columns and reports each ragged row', async () => {
    const path = write('ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n11,12,13\n14,15,16\n')
    const { sink, summary } = await read(path, {}, { chunkRows: 2 })
    expect(sink.rows()).toEqual([
      ['1', '2', '3', '', ''],
      ['4', '5', '', '', ''],
      ['6', '7', '8', '9', '10'],
      ['11', '12', '13', '', ''],
      ['14', '15', '16', '', ''],
    ])
    expect(sink.headers).toEqual(['a', 'b', 'c', 'Column D', 'Column E'])
    expect(sink.chunks.map((c) => c.meta?.columns.length)).toEqual([3, 5, undefined])
    expect(summary.notices).toEqual([
      {
        code: 'RAGGED_ROW',
        row: 3,
        message: 'Row 3 has 2 fields; the header has 3.',
        key: 'RAGGED_ROW',
        params: { row: 3, n: 2, header: 3 },
      },
      {
        code: 'RAGGED_ROW',
        row: 4,
        message: 'Row 4 has 5 fields; the header has 3.',
        key: 'RAGGED_ROW',
        params: { row: 4, n: 5, header: 3 },
      },
    ])
    expect(summary.noticesOmitted).toBe(0)
  })

  it('lists at most 100 ragged rows and counts the rest', async () => {
    const body = Array.from({ length: 250 }, (_, i) => (i % 2 ? `${i},x,y\n` : `${i}\n`)).join('')
    const { summary } = await read(write('very-ragged.csv', `a,b,c\n${body}`))
    expect(summary.rowCount).toBe(250)
    expect(summary.notices).toHaveLength(100)
    expect(summary.notices.every((n) => n.code === 'RAGGED_ROW')).toBe(true)
    expect(summary.notices[99]).toEqual({
      code: 'RAGGED_ROW',
      row: 200,
      message: 'Row 200 has 1 field; the header has 3.',
      key: 'RAGGED_ROW',
      params: { row: 200, n: 1, header: 3 },
    })
    expect(summary.noticesOmitted).toBe(25)
  })

  it('says so when the chosen header row is past the end of the file', async () => {
    const { sink, summary } = await read(write('short.csv', 'a,b\n1,2\n'), { headerRow: 5 })
    expect(sink.meta.headerRow).toEqual({ detected: 1, used: 5 })
    expect(sink.meta.columns).toEqual([])
    expect(summary).toEqual({
      rowCount: 0,
      notices: [
        {
          code: 'HEADER_ROW_MISSING',
          message: 'Row 5 was chosen as the header, but the file ends at row 2.',
          key: 'HEADER_ROW_MISSING',
          params: { row: 5, last: 2 },
        },
      ],
      noticesOmitted: 0,
      fileWarnings: [],
    })
  })

  it('warns about an unclosed quote: file, row, column and the lines it swallowed', async () => {
    const { sink, summary } = await read(write('unclosed.csv', 'a,b\n1,2\n3,"open\n4,5\n6,7\n'))
    expect(sink.rows()).toEqual([
      ['1', '2'],
      ['3', 'open\n4,5\n6,7\n'],
    ])
    expect(summary.notices).toEqual([])
    expect(summary.fileWarnings).toEqual([
      {
        code: 'UNCLOSED_QUOTE',
        file: 'unclosed.csv',
        row: 3,
        column: 'b',
        count: 2,
        message:
          'unclosed.csv, row 3, column "b": a quote opens there and is never closed, so the rest of the file (2 more lines) ' +
          'was read into that one cell and the rows after it are missing. Close or remove the quote in the file, then open it again.',
        key: 'UNCLOSED_QUOTE.restOfFile',
        params: { file: 'unclosed.csv', row: 3, column: 'b', n: 2 },
      },
    ])
  })

  it('warns once about rows with text beyond the header, counting them, and not about trailing empty cells', async () => {
    const path = write('wide.csv', 'Name,Amount\nAcme,12\nBeta,1,500\nGamma,3,\nDelta,2,000\nEps,4, \n')
    const { sink, summary } = await read(path)
    expect(sink.rows()[1]).toEqual(['Beta', '1', '500'])
    expect(summary.fileWarnings).toEqual([
      {
        code: 'ROW_TOO_WIDE',
        file: 'wide.csv',
        row: 3,
        column: 'Column C',
        count: 2,
        message:
          'wide.csv: 2 rows (the first is row 3) have more cells than the header\'s 2 columns; the extra text is in "Column C" ' +
          'and after, which no field is mapped from, and the other cells of those rows may be shifted. A delimiter inside a ' +
          'value that is not in quotes usually causes this: put that value in quotes (or pick the right delimiter) and open the file again.',
        key: 'ROW_TOO_WIDE.many',
        params: { file: 'wide.csv', row: 3, column: 'Column C', columns: 2, n: 2 },
      },
    ])
    const clean = await read(write('trailing.csv', 'Name,Amount\nAcme,12,\nBeta,1,,\n'))
    expect(clean.summary.fileWarnings).toEqual([])
  })

  it('finds the same warnings whatever the block size', async () => {
    const path = write('both.csv', 'a,b\n1,2,3\n4,"5\n6\n')
    const whole = await read(path)
    const bytes = await read(path, {}, { blockBytes: 1, chunkRows: 1 })
    expect(bytes.summary.fileWarnings).toEqual(whole.summary.fileWarnings)
    expect(whole.summary.fileWarnings.map((w) => [w.code, w.row, w.count])).toEqual([
      ['UNCLOSED_QUOTE', 3, 1],
      ['ROW_TOO_WIDE', 2, 1],
    ])
  })
})
