import { writeFile, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { buildFixSheet, writeFixSheet, type FixSheetInput } from './fix-sheet'
import { openZip, readBook, sheetRows, SAMPLE, tempPath, type ReadCell } from './fix-sheet.test-support'

const ERROR_FILL = 'FFC7CE'
const WARNING_FILL = 'FFEB9C'
const OWN_FILL = 'EDEDED'

async function written(input: FixSheetInput = SAMPLE, details = false) {
  const path = tempPath('fix.xlsx')
  await writeFixSheet(path, input)
  return { path, book: await readBook(path, details) }
}

function cellsOf(sheet: Record<string, unknown>): [string, ReadCell][] {
  return Object.entries(sheet).filter(([address]) => !address.startsWith('!')) as [string, ReadCell][]
}

describe('writeFixSheet', () => {
  it('writes the rows as text under their original headers, between the row id and the problems', async () => {
    const { book } = await written(SAMPLE, true)
    expect(book.SheetNames).toEqual(['Contacts', 'How to fix'])
    expect(sheetRows(book.Sheets.Contacts!)).toEqual([
      ['Preflight row id (do not change)', 'Row in your file', 'Name', 'Email', 'Account code', 'Joined', 'Problems'],
      [
        'R4-E',
        '6',
        'Ada Lovelace',
        'ada@@example',
        '00123',
        '2024-03-01',
        'Email: Not a valid email address.\nAccount code (warning): Account codes usually have 6 digits.',
      ],
      [
        'R17-K',
        '19',
        'Grace Hopper',
        'grace@example.com',
        '12345678901234567890',
        '03/04/2024',
        'Joined: Not a date Twenty accepts.\nJoined (warning): Ambiguous date: 3 April or 4 March?',
      ],
      [
        'R250-F',
        '252',
        '=HYPERLINK("x")',
        'alan@example.com',
        '',
        '1912-06-23',
        'Row: Server: duplicate email alan@example.com.',
      ],
    ])
    for (const name of book.SheetNames) {
      for (const [address, cell] of cellsOf(book.Sheets[name]!))
        expect([name, address, cell.t]).toEqual([name, address, 's'])
    }
    // Text format on every cell, so what the client types stays text too; a formula-like value is not a formula.
    expect((book.Sheets.Contacts!.E2 as ReadCell & { z?: string }).z).toBe('@')
    expect(book.Sheets.Contacts!.C4).toMatchObject({ t: 's', v: '=HYPERLINK("x")' })
    expect(book.Sheets.Contacts!.C4).not.toHaveProperty('f')
  })

  it('fills problem cells by severity and puts their messages in a note; clean cells stay plain', async () => {
    const sheet = (await written(SAMPLE, true)).book.Sheets.Contacts!
    const fill = (address: string) => (sheet[address] as ReadCell).s?.fgColor?.rgb
    const note = (address: string) => (sheet[address] as ReadCell).c?.map((c) => [c.a, c.t])

    expect([fill('D2'), fill('E2'), fill('F3'), fill('G4')]).toEqual([ERROR_FILL, WARNING_FILL, ERROR_FILL, ERROR_FILL])
    expect(note('D2')).toEqual([['Preflight', 'Error: Not a valid email address.']])
    expect(note('E2')).toEqual([['Preflight', 'Warning: Account codes usually have 6 digits.']])
    expect(note('F3')).toEqual([
      ['Preflight', 'Error: Not a date Twenty accepts.\nWarning: Ambiguous date: 3 April or 4 March?'],
    ])
    for (const address of ['C2', 'F2', 'C3', 'D3', 'E4']) {
      expect([address, fill(address), note(address)]).toEqual([address, undefined, undefined])
    }
    expect([fill('A2'), fill('B3')]).toEqual([OWN_FILL, OWN_FILL])
    expect(note('A1')?.[0]?.[1]).toMatch(/Do not change/)
  })

  it('writes each note as a hidden Excel note on its cell', async () => {
    const zip = openZip(await readFile((await written()).path))
    expect(zip.file('xl/worksheets/sheet1.xml')!.asText()).toMatch(/<legacyDrawing r:id="rId1"\/><\/worksheet>$/)
    expect(zip.file('[Content_Types].xml')!.asText()).toContain('<Override PartName="/xl/comments1.xml"')
    const drawing = zip.file('xl/drawings/vmlDrawing1.vml')!.asText()
    const anchored = [...drawing.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map(
      (m) => `${m[2]},${m[1]}`,
    )
    // A1 (the id header), D2 and E2 (row 4's problems), F3 (row 17's): columns and rows are 0-based.
    expect(anchored).toEqual(['0,0', '3,1', '4,1', '5,2'])
    expect(drawing.match(/visibility:hidden/g)).toHaveLength(4)
    expect(drawing).toContain('<o:idmap v:ext="edit" data="1"/>')
  })

  it('lists enough shape id blocks for thousands of notes', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => ({
      rowId: i,
      sourceRow: i + 2,
      cells: ['x'],
      problems: [{ column: 0, severity: 'error' as const, message: `bad ${i}` }],
    }))
    const { path, book } = await written({ headers: ['A'], rows })
    const drawing = openZip(await readFile(path))
      .file('xl/drawings/vmlDrawing1.vml')!
      .asText()
    expect(drawing).toContain('<o:idmap v:ext="edit" data="1,2"/>')
    expect(drawing).toContain('id="_x0000_s2125"')
    expect((book.Sheets['Rows to fix']!.C1101 as ReadCell).c?.[0]?.t).toBe('Error: bad 1099')
  })

  it('freezes the header row, adds a filter and sizes the columns', async () => {
    const { path, book } = await written(SAMPLE, true)
    const xml = openZip(await readFile(path))
      .file('xl/worksheets/sheet1.xml')!
      .asText()
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
    const sheet = book.Sheets.Contacts!
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:G4' })
    const widths = (sheet['!cols'] as { wch: number }[]).map((col) => col.wch)
    expect(widths).toHaveLength(7)
    expect(widths[4]).toBe('12345678901234567890'.length + 2)
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(8)
    expect(widths[6]).toBeGreaterThan(widths[2]!)
    const styles = openZip(await readFile(path))
      .file('xl/styles.xml')!
      .asText()
    expect(styles).toMatch(/<font>[^]*?<b\/>[^]*?<\/font>/)
  })

  it('explains on a second sheet how to fix and return the file', async () => {
    const lines = sheetRows((await written()).book.Sheets['How to fix']!).map((row) => row[0])
    expect(lines[0]).toBe('How to fix this file')
    expect(lines[1]).toBe('Contacts import for Acme, March.')
    const text = lines.join('\n')
    expect(text).toContain('on the "Contacts" sheet')
    expect(text).toContain('Do not change, clear or retype the "Preflight row id (do not change)" column')
    expect(text).toContain('send it back')
  })

  it('keeps its own headers apart from data headers that use the same words', async () => {
    const input: FixSheetInput = {
      headers: ['Problems', 'Row in your file'],
      rows: [
        { rowId: 0, sourceRow: 2, cells: ['none', '7'], problems: [{ column: 0, severity: 'error', message: 'Bad.' }] },
      ],
    }
    const { book } = await written(input)
    expect(book.SheetNames[0]).toBe('Rows to fix')
    expect(sheetRows(book.Sheets['Rows to fix']!)[0]).toEqual([
      'Preflight row id (do not change)',
      'Row in your file (2)',
      'Problems',
      'Row in your file',
      'Problems (2)',
    ])
  })

  it('makes the sheet name one Excel accepts', async () => {
    const names = async (sheetName: string) => (await written({ ...SAMPLE, sheetName })).book.SheetNames
    expect(await names('Q1/Q2 [draft]: contacts of a very long client name')).toEqual([
      'Q1 Q2 draft contacts of a very',
      'How to fix',
    ])
    expect(await names('how to fix')).toEqual(['Rows to fix', 'How to fix'])
  })

  it('cuts a value longer than an Excel cell holds', async () => {
    const long = 'x'.repeat(40_000)
    const { book } = await written({
      headers: ['Notes'],
      rows: [{ rowId: 1, sourceRow: 2, cells: [long], problems: [] }],
    })
    expect((book.Sheets['Rows to fix']!.C2 as ReadCell).v).toBe('x'.repeat(32_767))
  })

  it('refuses an input no caller should build', () => {
    const row = { rowId: 1, sourceRow: 2, cells: ['a'], problems: [] }
    expect(() => buildFixSheet({ headers: ['A', ' a '], rows: [] })).toThrow(/appears twice/)
    expect(() => buildFixSheet({ headers: [''], rows: [] })).toThrow(/must not be empty/)
    expect(() => buildFixSheet({ headers: ['A'], rows: [row, row] })).toThrow(/row id 1 appears twice/)
    expect(() => buildFixSheet({ headers: ['A'], rows: [{ ...row, cells: ['a', 'b'] }] })).toThrow(/more cells/)
    expect(() =>
      buildFixSheet({ headers: ['A'], rows: [{ ...row, problems: [{ column: 1, severity: 'error', message: 'x' }] }] }),
    ).toThrow(/column 1/)
    expect(() => buildFixSheet({ headers: ['A'], rows: [{ ...row, rowId: -1 }] })).toThrow(/not a row id/)
  })

  it('leaves an existing file as it was when building the new one fails', async () => {
    const path = tempPath('fix.xlsx')
    await writeFile(path, 'the fix sheet sent last week')
    const failing: FixSheetInput = {
      headers: ['A'],
      rows: [
        { rowId: 1, sourceRow: 2, cells: ['a'], problems: [] },
        {
          rowId: 2,
          sourceRow: 3,
          get cells(): string[] {
            throw new Error('table closed')
          },
          problems: [],
        },
      ],
    }
    await expect(writeFixSheet(path, failing)).rejects.toThrow('table closed')
    expect(await readFile(path, 'utf8')).toBe('the fix sheet sent last week')
  })
})
