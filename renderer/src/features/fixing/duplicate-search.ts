// The search behind the duplicates tool: each row's key from its chosen cells, read as Twenty would store them
// for a mapped column (`www.acme.com/` and `https://acme.com` match) and compared without case, accents or
// extra spaces, then the groups of rows sharing a key. Runs in slices, yielding between them, so a large file
// stays responsive; a search told it was cancelled stops at the next slice and gives no groups.
import type { CheckResult } from '../../../../shared/check/check-table'
import { normalizerFor } from '../../../../shared/check/normalizers'
import {
  comparableText,
  groupDuplicates,
  rowKey,
  type DuplicateGroup,
} from '../../../../shared/operations/duplicate-groups'
import type { EditedTable } from '../../../../shared/operations/edited-table'

/** Reads a cell's comparable value: what Twenty would store for a column the check mapped, else folded text. */
export function comparableReader(
  table: EditedTable,
  check: CheckResult | null,
  columnId: string,
): (row: number) => string {
  const base = table.base.columns.findIndex((c) => c.id === columnId)
  const checked = base < 0 ? undefined : check?.columns.find((c) => c.mapped.column === base)
  if (!checked) return (row) => comparableText(table.cell(row, columnId))
  const normalise = normalizerFor(checked.mapped.target)
  const memo = new Map<string, string>()
  return (row) => {
    const raw = table.cell(row, columnId)
    let key = memo.get(raw)
    if (key === undefined) {
      const value = raw.trim() === '' ? null : normalise(raw, checked.context).value
      key = value === null ? '' : comparableText(typeof value === 'string' ? value : JSON.stringify(value))
      memo.set(raw, key)
    }
    return key
  }
}

export interface DuplicateSearch {
  /** Rows keyed per slice before yielding to the UI. */
  readonly slice: number
  /** Called before each slice with how far the search is, 0 to 99. */
  readonly onProgress: (percent: number) => void
  /** Asked after each yield: true stops the search. */
  readonly cancelled: () => boolean
}

/** The groups of live rows whose cells, read by `readers`, are the same; null when the search was cancelled. */
export async function findDuplicateGroups(
  table: EditedTable,
  readers: readonly ((row: number) => string)[],
  search: DuplicateSearch,
): Promise<readonly DuplicateGroup[] | null> {
  const keys = new Array<string | null>(table.rowCount)
  for (let start = 0; start < table.rowCount; start += search.slice) {
    search.onProgress(Math.floor((start / Math.max(1, table.rowCount)) * 100))
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (search.cancelled()) return null
    const end = Math.min(table.rowCount, start + search.slice)
    for (let row = start; row < end; row++)
      keys[row] = table.isDeleted(row) ? null : rowKey(readers.map((read) => read(row)))
  }
  const rows = Array.from({ length: table.rowCount }, (_, row) => row)
  return groupDuplicates(rows, (row) => keys[row] ?? null)
}
