// Checks a table on two cores: the columns are split by expected cost into two shares, each checked in a
// worker thread, and the results merge into one CheckResult as checkTable gives it.
import { Worker } from 'node:worker_threads'
import {
  checkTable,
  indexForCheck,
  type RowCountries,
  columnResults,
  rowCountries,
  issueSource,
  type CheckOptions,
  type CheckResult,
  type ColumnCheck,
  type MappedColumn,
} from '../../../shared/check/check-table'
import { CellIssueList } from '../../../shared/check/cell-issue-list'
import { valueKindOf } from '../../../shared/check/normalizers'
import type { TargetKind } from '../../../shared/fields/targets'
import type { ColumnIndex } from '../../../shared/table/column-index'
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import { columnSlices } from '../../../shared/table/column-slices'
import type { CheckWorkerInput, CheckWorkerOutput } from './check-protocol'

// Relative cost of a column by kind, measured on messy client data: parsing-heavy kinds cost more.
const COST: Partial<Record<TargetKind, number>> = {
  phone: 4, phoneList: 4, email: 4, emailList: 4, number: 3, currency: 3, currencyAmount: 3, date: 2, dateTime: 2,
  domain: 3, link: 3, fullName: 2, address: 3, uuid: 2, text: 1.5,
}

/** Splits columns into two shares of about equal cost (largest first, each to the lighter share). */
export function splitByCost(mapped: readonly MappedColumn[]): [number[], number[]] {
  const order = mapped.map((m, i) => ({ i, cost: COST[valueKindOf(m.target)] ?? 1 })).sort((a, b) => b.cost - a.cost)
  const shares: [number[], number[]] = [[], []]
  const totals = [0, 0]
  for (const { i, cost } of order) {
    const lighter = totals[0]! <= totals[1]! ? 0 : 1
    shares[lighter].push(i)
    totals[lighter] = totals[lighter]! + cost
  }
  return [shares[0].sort((a, b) => a - b), shares[1].sort((a, b) => a - b)]
}

/** Columns checked in one worker thread: what it returned, keyed back to the caller's column order. */
interface Share {
  readonly global: readonly number[]
  readonly output: CheckWorkerOutput
}

function runShare(table: ColumnarTable, mapped: readonly MappedColumn[], share: readonly number[], options: CheckOptions, workerPath: string): Promise<Share> {
  const needed = new Set(share.map((i) => mapped[i]!.column))
  if (options.countryColumn !== undefined) needed.add(options.countryColumn)
  // Only the cells the worker checks (and the row countries) are copied to it.
  const chunks = columnSlices(table, needed)
  const input: CheckWorkerInput = { columns: table.columns, chunks, mapped: share.map((i) => mapped[i]!), options }
  const worker = new Worker(workerPath, { workerData: input, execArgv: [] })
  return new Promise<Share>((resolve, reject) => {
    worker.once('message', (output: CheckWorkerOutput) => {
      resolve({ global: share, output })
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the check worker stopped (exit code ${code})`)))
  })
}

/**
 * Checks a table in worker threads (two shares of columns, one per core), so the calling thread (Electron's
 * main process, the CLI) stays free. Gives the CheckResult checkTable would give. A worker returns the value
 * index of a column it hashed; a mostly distinct column's index (one value per row) is sliced again here
 * only when something reads it.
 */
export async function checkTableInWorkers(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  workerPath: string,
): Promise<CheckResult> {
  if (mapped.length === 0) return checkTable(table, mapped, options)
  const shares = splitByCost(mapped).filter((share) => share.length > 0)
  const results = await Promise.all(shares.map((share) => runShare(table, mapped, share, options, workerPath)))

  let countries: RowCountries | undefined
  const countriesOnce = () => (countries ??= options.countryColumn === undefined ? undefined : rowCountries(table, options.countryColumn))
  const columns: ColumnCheck[] = new Array<ColumnCheck>(mapped.length)
  for (const { global, output } of results) {
    global.forEach((g, i) => {
      const checked = output.columns[i]!
      const column = mapped[g]!
      let index: ColumnIndex | undefined = checked.index ?? undefined
      let results: ReturnType<typeof columnResults> | undefined
      const indexOnce = () => (index ??= indexForCheck(table, column))
      const resultsOnce = () => (results ??= columnResults(column.target, indexOnce(), checked.context, countriesOnce()))
      columns[g] = {
        mapped: column,
        context: checked.context,
        issues: checked.issues,
        get index() {
          return indexOnce()
        },
        resultFor: (raw, row) => resultsOnce().resultFor(raw, row),
        resultAt: (row) => resultsOnce().resultAt(row),
      }
    })
  }

  const cellIssues = new CellIssueList(issueSource(table, columns))
  const rowHasError = new Uint8Array(table.rowCount)
  const cellStates: Uint8Array[] = new Array<Uint8Array>(mapped.length)
  let fixedCells = 0
  for (const { global, output } of results) {
    global.forEach((g, i) => (cellStates[g] = output.cellStates[i]!))
    cellIssues.appendParts(output.cellIssues, global)
    const theirs = output.rowHasError
    for (let row = 0; row < rowHasError.length; row++) rowHasError[row] = rowHasError[row]! | theirs[row]!
    fixedCells += output.fixedCells
  }
  return { columns, cellIssues, rowHasError, cellStates, fixedCells }
}
