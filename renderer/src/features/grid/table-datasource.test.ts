import { describe, expect, it } from 'vitest'
import type { GridApi, IGetRowsParams } from 'ag-grid-community'
import { ColumnarTable } from '../../../../shared/table/columnar-table'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { chunkOf } from '../../stores/fake-api.test-support'
import type { GridRow } from './grid-rows'
import { createTableDatasource } from './table-datasource'

const columns = [
  { id: 'c0', name: 'Name', sourceName: 'Name' },
  { id: 'c1', name: 'City', sourceName: 'City' },
]
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => [`n${from + i}`, `city${from + i}`])

function request(startRow: number, endRow: number) {
  const answer: { rows?: GridRow[]; lastRow?: number } = {}
  const params = {
    startRow,
    endRow,
    successCallback: (got: GridRow[], lastRow?: number) => Object.assign(answer, { rows: got, lastRow }),
    failCallback: () => {},
  } as unknown as IGetRowsParams
  return { params, answer }
}

function fakeGrid() {
  const calls: string[] = []
  const api = {
    isDestroyed: () => false,
    setRowCount: (count: number, known?: boolean) => calls.push(`setRowCount(${count}, ${known})`),
    refreshInfiniteCache: () => calls.push('refresh'),
  } as unknown as GridApi<GridRow>
  return { api, calls }
}

describe('createTableDatasource', () => {
  it('answers a full block with the source row number and cells by column id, last row unknown while loading', () => {
    const table = new ColumnarTable(columns)
    table.append(chunkOf(0, rows(0, 300)))
    const source = createTableDatasource(table, () => false)
    const { params, answer } = request(100, 200)
    source.getRows(params)
    expect(answer.rows).toHaveLength(100)
    expect(answer.rows![0]).toEqual({ __sourceRow: 102, __rowId: 100, c0: 'n100', c1: 'city100' })
    expect(answer.lastRow).toBe(-1)
  })

  it('ends a short block at the rows read so far, then re-reads it once more rows are in', () => {
    const table = new ColumnarTable(columns)
    table.append(chunkOf(0, rows(0, 150)))
    let complete = false
    const source = createTableDatasource(table, () => complete)
    const { params, answer } = request(100, 200)
    source.getRows(params)
    expect(answer.rows).toHaveLength(50)
    expect(answer.lastRow).toBe(150)

    table.append(chunkOf(150, rows(150, 100)))
    const grid = fakeGrid()
    source.sync(grid.api)
    expect(grid.calls).toEqual(['setRowCount(250, false)', 'refresh'])

    complete = true
    source.sync(grid.api)
    expect(grid.calls.slice(2)).toEqual(['setRowCount(250, true)'])
  })

  it('gives the final count once the table is complete', () => {
    const table = new ColumnarTable(columns)
    table.append(chunkOf(0, rows(0, 120)))
    const source = createTableDatasource(table, () => true)
    const { params, answer } = request(0, 100)
    source.getRows(params)
    expect(answer.lastRow).toBe(120)
  })

  it('shows only the filtered row ids, in order, with a known last row', () => {
    const table = tableFromRows(
      ['Name'],
      Array.from({ length: 50 }, (_, i) => [`n${i}`]),
      16,
    )
    const datasource = createTableDatasource(table, () => true, Uint32Array.from([3, 17, 40]))
    let answer: { rows?: unknown[]; last?: number } = {}
    datasource.getRows({
      startRow: 0,
      endRow: 10,
      successCallback: (rows: unknown[], last?: number) => (answer = { rows, last }),
    } as never)
    expect(answer.rows!.map((r) => (r as { c0: string }).c0)).toEqual(['n3', 'n17', 'n40'])
    expect(answer.last).toBe(3)
  })
})
