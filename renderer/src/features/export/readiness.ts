// Before the import files are written: how many rows go, how many are kept out, and why, by issue and column
// (a row with two errors counts under both reasons, once in the total). Deleted rows neither go nor are kept out.
import type { CheckResult } from '../../../../shared/check/check-table'

export interface KeptOutReason {
  readonly code: string
  readonly column: string
  readonly rows: number
}

export interface Readiness {
  readonly going: number
  readonly keptOut: number
  readonly reasons: readonly KeptOutReason[]
}

export function readinessOf(check: CheckResult, rowCount: number, isDeleted: (row: number) => boolean): Readiness {
  let keptOut = 0
  let going = 0
  for (let row = 0; row < rowCount; row++) {
    if (isDeleted(row)) continue
    if (check.rowHasError[row] === 1) keptOut++
    else going++
  }
  const list = check.cellIssues
  const byReason = new Map<string, { code: string; column: string; rows: Set<number> }>()
  for (let i = 0; i < list.length; i++) {
    const kind = list.kindAt(i)
    if (kind.severity !== 'error') continue
    const row = list.rowAt(i)
    if (isDeleted(row)) continue
    const mapped = list.columnAt(i)
    const key = `${mapped}\u0000${kind.code}`
    let reason = byReason.get(key)
    if (!reason)
      byReason.set(
        key,
        (reason = { code: kind.code, column: check.columns[mapped]?.mapped.name ?? '', rows: new Set() }),
      )
    reason.rows.add(row)
  }
  const reasons = [...byReason.values()]
    .map((r) => ({ code: r.code, column: r.column, rows: r.rows.size }))
    .sort((a, b) => b.rows - a.rows || a.column.localeCompare(b.column))
  return { going, keptOut, reasons }
}
