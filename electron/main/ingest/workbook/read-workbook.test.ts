import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../worker-protocol'
import {
  buildWorkbook,
  craftZip,
  fixturePath,
  readError,
  readTable,
  rewriteXlsxPart,
  sheetJs,
  writeTempFile,
  type WorkBook,
} from './workbook.test-support'

const DEALS_HEADER = [
  'Deal',
  'Value',
  'Currency',
  'Expected close',
  'Stage',
  'Contact email',
  'Account domain',
  'Win %',
]

describe('readWorkbookFile on client files', () => {
  it('opens the Deals sheet behind the cover sheet, with the header under its two title rows', async () => {
    const { meta, rows, sourceRows, summary } = await readTable(fixturePath('opportunities.xlsx'))
    expect(meta.kind).toBe('xlsx')
    expect(meta.sheets).toEqual([
      { name: 'Read me', rows: 3, columns: 1 },
      { name: 'Deals', rows: 8, columns: 8 },
    ])
    expect(meta.sheet).toBe('Deals')
    expect(meta.headerRow).toEqual({ detected: 3, used: 3 })
    expect(meta.columns.map((column) => column.name)).toEqual(DEALS_HEADER)
    expect(meta.columns.map((column) => column.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'])
    expect(sourceRows).toEqual([4, 5, 6, 7, 8])
    expect(summary).toEqual({ rowCount: 5, notices: [], noticesOmitted: 0, fileWarnings: [] })
    expect(rows).toEqual([
      [
        'Analytical engine licence',
        '120000',
        'USD',
        '2026-09-30',
        'Proposal',
        'ada.lovelace@analytical.io',
        'analytical.io',
        '0.6',
      ],
      ['COBOL modernisation', '75,000.50', 'usd', '2026-11-15', 'meeting', 'grace@cobol.dev', 'cobol.dev', '40%'],
      ['Enigma audit', '18000', 'GBP', '2026-12-01', 'Won', 'alan.turing@enigma.co.uk', 'enigma.co.uk', '1'],
      ['Kernel support', 'TBD', 'EUR', 'next quarter', 'Screening', 'nobody@unknown.org', 'unknown.org', ''],
      ['Apollo guidance', '250000', 'USD', '2027-01-31', 'Customer', 'margaret@apollo.space', 'apollo.space', '0.95'],
    ])
  })

  it('opens a legacy BIFF8 workbook with its own headers', async () => {
    const { meta, rows, sourceRows } = await readTable(fixturePath('legacy-contacts.xls'))
    expect(meta).toMatchObject({ kind: 'xls', sheet: 'Contacts', headerRow: { detected: 1, used: 1 } })
    expect(meta.sheets).toEqual([{ name: 'Contacts', rows: 5, columns: 4 }])
    expect(meta.columns.map((column) => column.name)).toEqual(['Name', 'E-mail', 'Telephone', 'Employer'])
    expect(sourceRows).toEqual([2, 3, 4, 5])
    expect(rows[0]).toEqual(['Ada Lovelace', 'ada.lovelace@analytical.io', '+44 20 7946 0000', 'analytical.io'])
    expect(rows[3]).toEqual(['Joan Clarke', '', '', 'enigma.co.uk'])
  })

  it('trusts the bytes over the extension: an XLS renamed to .xlsx still opens', async () => {
    const path = writeTempFile('renamed.xlsx', readFileSync(fixturePath('legacy-contacts.xls')))
    const { meta, rows } = await readTable(path)
    expect(meta.kind).toBe('xls')
    expect(rows).toHaveLength(4)
  })
})

describe('cell text in generated workbooks', () => {
  const typed = (workbook: WorkBook): void => {
    const sheet = workbook.Sheets.Data!
    ;(sheet.B2 as { z: string }).z = '00000'
    ;(sheet.C2 as { z: string }).z = '000-00-0000'
    ;(sheet.E2 as { z: string }).z = 'yyyy-mm-dd'
    ;(sheet.F2 as { z: string }).z = 'dd/mm/yyyy hh:mm:ss'
    ;(sheet.G2 as { z: string }).z = 'h:mm'
    sheet.J2 = { t: 'n', v: 3, f: '1+2' }
    sheet.K2 = { t: 'e', v: 0x2a }
  }
  const rows = [
    ['Text', 'Zip', 'SSN', 'Id', 'Signed', 'At', 'Time', 'Active', 'Ratio', 'Sum', 'Lookup'],
    // eslint-disable-next-line no-loss-of-precision -- a number typed with more digits than a double holds, on purpose
    ['00123', 123, 12345678, 123456789012345678901234, 44927, 44927.75, 0.5, true, 0.125, 0, 0],
    // eslint-disable-next-line no-loss-of-precision -- a number typed with more digits than a double holds, on purpose
    ['007', 1234567, 1, 12345678901234567, 61, 60.25, 0.999, false, -2.5, 0, 0],
  ]
  const expected = [
    [
      '00123',
      '00123',
      '012-34-5678',
      '123456789012345685803008',
      '2023-01-01',
      '2023-01-01T18:00:00',
      '12:00:00',
      'TRUE',
      '0.125',
      '3',
      '#N/A',
    ],
    ['007', '1234567', '1', '12345678901234568', '61', '60.25', '0.999', 'FALSE', '-2.5', '0', '0'],
  ]

  it('keeps leading zeros, long ids, dates, booleans, cached formula values and errors as Excel shows them', async () => {
    // SheetJS's writer stores the format `00000` as a format id; give it the numFmt entry Excel writes.
    const bytes = rewriteXlsxPart(buildWorkbook({ Data: rows }, { edit: typed }), 'xl/styles.xml', (styles) =>
      styles
        .replace('numFmtId="00000"', 'numFmtId="170" applyNumberFormat="1"')
        .replace(/<numFmts count="\d+">/, '$&<numFmt numFmtId="170" formatCode="00000"/>'),
    )
    const path = writeTempFile('typed.xlsx', bytes)
    const result = await readTable(path)
    expect(result.rows).toEqual(expected)
  })

  it('reads the same text from an XLS', async () => {
    const path = writeTempFile('typed.xls', buildWorkbook({ Data: rows }, { bookType: 'biff8', edit: typed }))
    const result = await readTable(path)
    expect(result.meta.kind).toBe('xls')
    expect(result.rows.map((row) => [row[0], row[3], row[7], row[8]])).toEqual([
      ['00123', '123456789012345685803008', 'TRUE', '0.125'],
      ['007', '12345678901234568', 'FALSE', '-2.5'],
    ])
  })

  it('counts dates from 1904 in a 1904-system workbook', async () => {
    const edit = (workbook: WorkBook): void => {
      workbook.Workbook = { WBProps: { date1904: true } }
      ;(workbook.Sheets.Data!.A2 as { z: string }).z = 'yyyy-mm-dd'
      ;(workbook.Sheets.Data!.B2 as { z: string }).z = 'yyyy-mm-dd hh:mm'
    }
    const path = writeTempFile(
      'mac.xlsx',
      buildWorkbook(
        {
          Data: [
            ['Signed', 'At'],
            [43465, 43465.25],
          ],
        },
        { edit },
      ),
    )
    expect((await readTable(path)).rows).toEqual([['2023-01-01', '2023-01-01T06:00:00']])
  })

  it('numbers rows as Excel does, skips empty ones and keeps a merged value in its first cell only', async () => {
    const edit = (workbook: WorkBook): void => {
      workbook.Sheets.Data!['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }]
    }
    const data = [['Group', 'Name'], ['North', 'Ada'], [null, 'Alan'], [], [null, null], ['South', 'Grace']]
    const path = writeTempFile('merged.xlsx', buildWorkbook({ Data: data }, { edit }))
    const { rows, sourceRows } = await readTable(path)
    expect(rows).toEqual([
      ['North', 'Ada'],
      ['', 'Alan'],
      ['South', 'Grace'],
    ])
    expect(sourceRows).toEqual([2, 3, 6])
  })

  it('numbers columns from the first used one and names an empty header by its Excel column', async () => {
    const data = [[], [null, null, 'Email', '', 'Phone'], [null, null, 'a@x.io', 1, '0123']]
    const { meta, rows } = await readTable(writeTempFile('offset.xlsx', buildWorkbook({ Data: data })))
    expect(meta.headerRow).toEqual({ detected: 2, used: 2 })
    expect(meta.columns).toEqual([
      { id: 'c0', name: 'Email', sourceName: 'Email' },
      { id: 'c1', name: 'Column D', sourceName: '' },
      { id: 'c2', name: 'Phone', sourceName: 'Phone' },
    ])
    expect(rows).toEqual([['a@x.io', '1', '0123']])
  })
})

describe('sheet choice and header row', () => {
  const book = {
    Notes: [['Exported for the import'], ['Ask Ada before changing']],
    People: [
      ['Name', 'Email'],
      ['Ada', 'ada@x.io'],
      ['Alan', 'alan@x.io'],
      ['Grace', 'grace@x.io'],
    ],
    Lists: [
      ['Stage', 'Owner', 'Region'],
      ['Lead', 'Ada', 'North'],
    ],
  }

  it('lists every sheet and picks the one with the most cells', async () => {
    const { meta, rows } = await readTable(writeTempFile('people.xlsx', buildWorkbook(book)))
    expect(meta.sheets).toEqual([
      { name: 'Notes', rows: 2, columns: 1 },
      { name: 'People', rows: 4, columns: 2 },
      { name: 'Lists', rows: 2, columns: 3 },
    ])
    expect(meta.sheet).toBe('People')
    expect(rows).toEqual([
      ['Ada', 'ada@x.io'],
      ['Alan', 'alan@x.io'],
      ['Grace', 'grace@x.io'],
    ])
  })

  it('opens the sheet asked for, in XLSX and XLS alike', async () => {
    for (const [name, bookType] of [
      ['people.xlsx', 'xlsx'],
      ['people.xls', 'biff8'],
    ] as const) {
      const { meta, rows } = await readTable(writeTempFile(name, buildWorkbook(book, { bookType })), { sheet: 'Lists' })
      expect(meta.sheet).toBe('Lists')
      expect(meta.sheets).toHaveLength(3)
      expect(rows).toEqual([['Lead', 'Ada', 'North']])
    }
  })

  it('refuses a sheet name that is not in the workbook, listing those that are', async () => {
    const error = await readError(writeTempFile('people.xlsx', buildWorkbook(book)), { sheet: 'Deals' })
    expect(error.code).toBe('SHEET_NOT_FOUND')
    expect(error.message).toBe('people.xlsx has no sheet named "Deals". Its sheets are: "Notes", "People", "Lists".')
  })

  it('uses the header row the user chose and reports the detected one', async () => {
    const path = writeTempFile('people.xlsx', buildWorkbook(book))
    const { meta, rows, sourceRows } = await readTable(path, { sheet: 'People', headerRow: 2 })
    expect(meta.headerRow).toEqual({ detected: 1, used: 2 })
    expect(meta.columns.map((column) => column.name)).toEqual(['Ada', 'ada@x.io'])
    expect(rows).toEqual([
      ['Alan', 'alan@x.io'],
      ['Grace', 'grace@x.io'],
    ])
    expect(sourceRows).toEqual([3, 4])
  })

  it('reads a sheet whose size is not declared by parsing the whole workbook', async () => {
    const bytes = buildWorkbook(book)
    const dimension = '<dimension ref="A1:B4"/>'
    bytes.write(`<!--${' '.repeat(dimension.length - 7)}-->`, bytes.indexOf(dimension), 'latin1')
    const { meta, rows } = await readTable(writeTempFile('undeclared.xlsx', bytes))
    expect(meta.sheet).toBe('People')
    expect(meta.sheets?.[1]).toEqual({ name: 'People', rows: 4, columns: 2 })
    expect(rows).toHaveLength(3)
  })

  it('opens an empty sheet as an empty table with a notice', async () => {
    const { meta, rows, summary } = await readTable(writeTempFile('blank.xlsx', buildWorkbook({ Blank: [] })))
    expect(meta).toMatchObject({ sheet: 'Blank', sheets: [{ name: 'Blank', rows: 0, columns: 0 }], columns: [] })
    expect(rows).toEqual([])
    expect(summary.notices).toEqual([
      {
        code: 'SHEET_EMPTY',
        message: 'Sheet "Blank" in blank.xlsx has no cells with data.',
        key: 'SHEET_EMPTY',
        params: { sheet: 'Blank', file: 'blank.xlsx' },
      },
    ])
  })

  it('streams a long sheet in several chunks with progress', async () => {
    const data = [['Id', 'Name'], ...Array.from({ length: 20_000 }, (_, i) => [i, `Person ${i}`])]
    const { rows, sourceRows, progress } = await readTable(writeTempFile('long.xlsx', buildWorkbook({ Data: data })))
    expect(rows).toHaveLength(20_000)
    expect(rows[19_999]).toEqual(['19999', 'Person 19999'])
    expect(sourceRows[19_999]).toBe(20_001)
    expect(progress[0]).toMatchObject({ stage: 'parsing', bytesRead: 0, rowsRead: 0 })
    expect(progress.slice(1).map((p) => [p.stage, p.rowsRead])).toEqual([
      [undefined, 4096],
      [undefined, 8192],
      [undefined, 12_288],
      [undefined, 16_384],
      [undefined, 20_000],
    ])
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.totalBytes)
  })
})

describe('files that cannot be opened', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const path = writeTempFile('big.xlsx', new Uint8Array(2048))
    const error = await readError(path, {}, { ...DEFAULT_LIMITS, maxWorkbookBytes: 1024 })
    expect(error.code).toBe('FILE_TOO_LARGE')
    expect(error.message).toBe(
      'big.xlsx is 2.0 KB, over the 1.0 KB limit for workbooks. Save the sheet you need as CSV in Excel and open that file instead.',
    )
  })

  it('refuses a zip bomb: an XLSX whose index claims a huge unpacked size', async () => {
    const sheet = new TextEncoder().encode('<worksheet/>')
    const bytes = craftZip([{ name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 40 * 1024 ** 3 }])
    const error = await readError(writeTempFile('bomb.xlsx', bytes))
    expect(error.code).toBe('WORKBOOK_TOO_LARGE_UNZIPPED')
    expect(error.message).toMatch(/^bomb\.xlsx unpacks to 40\.0 GB, over the 1\.0 GB limit\./)
  })

  it('refuses an XLSX whose parts claim to unpack past the limit', async () => {
    const bytes = buildWorkbook({ Data: [['a']] })
    const error = await readError(writeTempFile('fat.xlsx', bytes), {}, { ...DEFAULT_LIMITS, maxUnzippedBytes: 1000 })
    expect(error.code).toBe('WORKBOOK_TOO_LARGE_UNZIPPED')
    expect(error.message).toMatch(/^fat\.xlsx unpacks to \d+\.\d KB, over the 1000 bytes limit/)
  })

  it('calls truncated, garbage and empty files corrupt', async () => {
    const xlsx = buildWorkbook(
      {
        Data: [
          ['a', 'b'],
          [1, 2],
        ],
      },
      { compression: true },
    )
    const xls = readFileSync(fixturePath('legacy-contacts.xls'))
    const cases = [
      [
        'truncated.xlsx',
        xlsx.subarray(0, xlsx.length / 2),
        /^truncated\.xlsx cannot be read: it is not a complete ZIP/,
      ],
      ['truncated.xls', xls.subarray(0, 1536), /^truncated\.xls cannot be read: /],
      [
        'garbage.xlsx',
        Buffer.from('\x00\x01not a workbook at all'),
        /^garbage\.xlsx cannot be read: its contents are not/,
      ],
      ['empty.xls', Buffer.alloc(0), /^empty\.xls cannot be read: it is empty\./],
    ] as const
    for (const [name, bytes, message] of cases) {
      const error = await readError(writeTempFile(name, bytes))
      expect({ name, code: error.code }).toEqual({ name, code: 'WORKBOOK_CORRUPT' })
      expect(error.message).toMatch(message)
    }
  })

  it('calls a ZIP that is not a workbook corrupt', async () => {
    const bytes = craftZip([{ name: 'notes.txt', data: new TextEncoder().encode('hello') }])
    const error = await readError(writeTempFile('notes.xlsx', bytes))
    expect(error.code).toBe('WORKBOOK_CORRUPT')
    expect(error.message).toMatch(/^notes\.xlsx cannot be read: it looks damaged or incomplete/)
  })
})

describe('password-protected workbooks', () => {
  const message = (file: string): string =>
    `${file} is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and save it again.`

  function oleFile(streams: Record<string, Uint8Array>): Buffer {
    const container = sheetJs.CFB.utils.cfb_new()
    for (const [path, content] of Object.entries(streams)) sheetJs.CFB.utils.cfb_add(container, path, content)
    return sheetJs.CFB.write(container, { type: 'buffer' })
  }

  it('refuses an XLSX saved with a password: an OLE file holding an EncryptedPackage stream', async () => {
    const bytes = oleFile({
      '/EncryptionInfo': Uint8Array.of(4, 0, 4, 0, 0x40, 0, 0, 0),
      '/EncryptedPackage': new Uint8Array(8192).fill(0x5a),
    })
    const error = await readError(writeTempFile('secret.xlsx', bytes))
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'WORKBOOK_ENCRYPTED',
      message: message('secret.xlsx'),
    })
  })

  it('refuses an XLS whose workbook stream is encrypted (a FilePass record after the first BOF)', async () => {
    const xls = buildWorkbook({ Data: [['a', 'b']] }, { bookType: 'biff8' })
    const stream = sheetJs.CFB.find(sheetJs.CFB.read(xls, { type: 'buffer' }), '/Workbook') as { content: Uint8Array }
    const biff = Buffer.from(stream.content)
    const bofEnd = 4 + biff.readUInt16LE(2)
    const filePass = Uint8Array.of(0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56)
    const bytes = oleFile({ '/Workbook': Buffer.concat([biff.subarray(0, bofEnd), filePass, biff.subarray(bofEnd)]) })
    const error = await readError(writeTempFile('secret.xls', bytes))
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'WORKBOOK_ENCRYPTED',
      message: message('secret.xls'),
    })
  })
})
