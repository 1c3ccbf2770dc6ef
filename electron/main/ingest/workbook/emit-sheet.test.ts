import { describe, expect, it } from 'vitest'
import type { Progress, SourceMeta } from '../../../../shared/files/open-file'
import { ColumnarTable } from '../../../../shared/table/columnar-table'
import { emitSheet } from './emit-sheet'
import type { DenseSheet, SheetJsCell } from './load-sheetjs'

const s = (v: string): SheetJsCell => ({ t: 's', v })
const n = (v: number): SheetJsCell => ({ t: 'n', v })

/** A dense sheet from rows of cells, `undefined` standing for a missing row or cell. */
const sheetOf = (rows: (readonly (SheetJsCell | undefined)[] | undefined)[]): DenseSheet => rows

function emit(sheet: DenseSheet, headerRow?: number) {
  const metas: SourceMeta[] = []
  const progress: Progress[] = []
  let table: ColumnarTable | undefined
  const result = emitSheet({
    sheet,
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the test sheet's cells hold strings and numbers
    cellText: (cell) => String(cell.v ?? ''),
    headerRow,
    meta: { kind: 'xlsx', sheets: [{ name: 'Data', rows: 9, columns: 9 }], sheet: 'Data' },
    sink: {
      chunk(chunk, meta) {
        if (meta) metas.push(meta)
        table ??= new ColumnarTable(meta?.columns ?? [])
        table.append(chunk)
      },
      progress: (p) => progress.push(p),
    },
    totalBytes: 1000,
    file: 'data.xlsx',
  })
  const rows = table!.rowsBetween(0, table!.rowCount)
  return { result, metas, progress, rows, sourceRows: rows.map((_, i) => table!.sourceRow(i)) }
}

describe('emitSheet', () => {
  const titled = sheetOf([
    [undefined, s('Pipeline export')],
    [undefined, s(''), s('')],
    [undefined, s('Deal'), s('Amount'), s('Stage')],
    [undefined, s('Acme'), n(1200), s('Won')],
    undefined,
    [undefined, s(''), undefined, undefined],
    [undefined, s('Initech'), undefined, s('Lost')],
  ])

  it('finds the header under title rows, starts columns at the first used one and skips empty rows', () => {
    const { metas, rows, sourceRows, result, progress } = emit(titled)
    expect(metas).toEqual([
      {
        kind: 'xlsx',
        sheets: [{ name: 'Data', rows: 9, columns: 9 }],
        sheet: 'Data',
        headerRow: { detected: 3, used: 3 },
        columns: [
          { id: 'c0', name: 'Deal', sourceName: 'Deal' },
          { id: 'c1', name: 'Amount', sourceName: 'Amount' },
          { id: 'c2', name: 'Stage', sourceName: 'Stage' },
        ],
      },
    ])
    expect(rows).toEqual([
      ['Acme', '1200', 'Won'],
      ['Initech', '', 'Lost'],
    ])
    expect(sourceRows).toEqual([4, 7])
    expect(result).toEqual({ rowCount: 2, notices: [] })
    expect(progress.at(-1)).toEqual({ bytesRead: 1000, totalBytes: 1000, rowsRead: 2 })
  })

  it('takes the header row the user chose, even an empty one past the data', () => {
    expect(emit(titled, 4).metas[0]!.columns.map((column) => column.name)).toEqual(['Acme', '1200', 'Won'])
    const past = emit(titled, 20)
    expect(past.metas[0]!.headerRow).toEqual({ detected: 3, used: 20 })
    expect(past.metas[0]!.columns.map((column) => column.name)).toEqual(['Column B', 'Column C', 'Column D'])
    expect(past.rows).toEqual([])
  })

  it('reports progress every few thousand rows', () => {
    const rows = [[s('Id')], ...Array.from({ length: 10_000 }, (_, i) => [n(i)])]
    const { progress, result } = emit(sheetOf(rows))
    expect(result.rowCount).toBe(10_000)
    expect(progress.map((p) => p.rowsRead)).toEqual([4096, 8192, 10_000])
  })

  it('emits meta and a notice for a sheet without data', () => {
    const { metas, rows, result } = emit(sheetOf([undefined, [s(''), undefined]]))
    expect(metas[0]).toMatchObject({ headerRow: { detected: 1, used: 1 }, columns: [] })
    expect(rows).toEqual([])
    expect(result.notices).toEqual([
      {
        code: 'SHEET_EMPTY',
        message: 'Sheet "Data" in data.xlsx has no cells with data.',
        key: 'SHEET_EMPTY',
        params: { sheet: 'Data', file: 'data.xlsx' },
      },
    ])
  })
})
