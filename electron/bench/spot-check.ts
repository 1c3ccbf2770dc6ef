// Compares sampled rows as a reference parser read them with the same rows of Preflight's table: a bench
// timing a reader that returns the wrong cells would be measuring nothing.
import type { ColumnarTable } from '../../shared/table/columnar-table'

/** Reference cells by row id (0 = first data row). */
export type RowSample = ReadonlyMap<number, readonly string[]>

/** Up to `samples` evenly spaced rows of `rows[first .. first + count)`, copied so they pin nothing. */
export function sampleRows(
  rows: readonly (readonly unknown[])[],
  first: number,
  count: number,
  samples = 500,
): RowSample {
  const sample = new Map<number, readonly string[]>()
  const step = Math.max(1, Math.floor(count / samples))
  for (let id = 0; id < count; id += step) {
    const row = rows[first + id]
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a sheet row holds strings, numbers, booleans or Dates
    if (row) sample.set(id, JSON.parse(JSON.stringify(row.map((cell) => String(cell ?? '')))) as string[])
  }
  return sample
}

export interface SpotCheck {
  readonly compared: number
  readonly matching: number
  /** Columns (0-based) with at least one differing cell. */
  readonly mismatchedColumns: readonly number[]
  readonly firstMismatch?: string
}

/** One line for the log: how many sampled cells agree and, if not all, where they first differ. */
export function describeSpotCheck(check: SpotCheck, reference: string): string {
  const agreed = `${check.matching}/${check.compared} sampled cells identical to ${reference}`
  if (check.firstMismatch === undefined) return agreed
  return `${agreed}; differing columns ${check.mismatchedColumns.join(', ')}, first: ${check.firstMismatch}`
}

export function countMatchingCells(sample: RowSample, table: ColumnarTable): SpotCheck {
  let compared = 0
  let matching = 0
  let firstMismatch: string | undefined
  const mismatched = new Set<number>()
  for (const [row, expected] of sample) {
    for (let column = 0; column < expected.length; column++) {
      const actual = table.cell(row, column)
      compared++
      if (actual === expected[column]) {
        matching++
        continue
      }
      mismatched.add(column)
      firstMismatch ??= `row ${row} column ${column}: expected ${JSON.stringify(expected[column])}, got ${JSON.stringify(actual)}`
    }
  }
  const mismatchedColumns = [...mismatched].sort((a, b) => a - b)
  return firstMismatch === undefined
    ? { compared, matching, mismatchedColumns }
    : { compared, matching, mismatchedColumns, firstMismatch }
}
