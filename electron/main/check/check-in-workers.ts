// Checks a table on two cores: the columns are split by expected cost, one share goes to a worker thread
// while this thread checks the other, and the results merge into one CheckResult as checkTable gives it.
import { Worker } from 'node:worker_threads'
import {
  checkTable,
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
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import type { ColumnCells } from '../../../shared/table/table-chunk'
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

export async function checkTableInWorkers(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  workerPath: string,
): Promise<CheckResult> {
  if (mapped.length < 2) return checkTable(table, mapped, options)
  const [inWorker, here] = splitByCost(mapped)
  const needed = new Set(inWorker.map((i) => mapped[i]!.column))
  if (options.countryColumn !== undefined) needed.add(options.countryColumn)
  // Only the cells the worker checks (and the row countries) are copied to it.
  const chunks: { firstRow: number; sourceRows: Uint32Array; columns: (ColumnCells | undefined)[] }[] = []
  for (const column of needed) {
    let i = 0
    table.forEachColumnChunk(column, (cells, firstRow, _rows, sourceRows) => {
      const chunk = (chunks[i] ??= { firstRow, sourceRows, columns: [] })
      chunk.columns[column] = cells
      i++
    })
  }
  const input: CheckWorkerInput = { columns: table.columns, chunks, mapped: inWorker.map((i) => mapped[i]!), options }
  const worker = new Worker(workerPath, { workerData: input, execArgv: [] })
  const fromWorker = new Promise<CheckWorkerOutput>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the check worker stopped (exit code ${code})`)))
  })
  const local = checkTable(table, here.map((i) => mapped[i]!), options)
  const remote = await fromWorker
  void worker.terminate()

  const countries = options.countryColumn === undefined ? undefined : rowCountries(table, options.countryColumn)
  const columns: ColumnCheck[] = new Array<ColumnCheck>(mapped.length)
  here.forEach((global, i) => (columns[global] = local.columns[i]!))
  inWorker.forEach((global, i) => {
    const checked = remote.columns[i]!
    const index = { ids: checked.ids, values: checked.values }
    const results = columnResults(mapped[global]!.target, index, checked.context, countries)
    columns[global] = { mapped: mapped[global]!, context: checked.context, issues: checked.issues, index, resultFor: results.resultFor, resultAt: results.resultAt }
  })

  const cellIssues = new CellIssueList(issueSource(table, columns))
  cellIssues.appendParts(local.cellIssues.toParts(), here)
  cellIssues.appendParts(remote.cellIssues, inWorker)
  const rowHasError = local.rowHasError
  for (let row = 0; row < rowHasError.length; row++) rowHasError[row] = rowHasError[row]! | remote.rowHasError[row]!
  return { columns, cellIssues, rowHasError, fixedCells: local.fixedCells + remote.fixedCells }
}
