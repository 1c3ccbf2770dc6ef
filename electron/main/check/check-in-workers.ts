// Checks a table on two cores: the columns are split by expected cost into two shares, each checked in a
// worker thread, and the results merge into one CheckResult as checkTable gives it.
import { Worker } from 'node:worker_threads'
import { checkTable, type CheckOptions, type CheckResult, type MappedColumn } from '../../../shared/check/check-table'
import { assembleShares, shareInput, type CheckedShare, type CheckShareOutput } from '../../../shared/check/check-shares'
import { valueKindOf } from '../../../shared/check/normalizers'
import type { TargetKind } from '../../../shared/fields/targets'
import type { ColumnarTable } from '../../../shared/table/columnar-table'

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

function runShare(table: ColumnarTable, mapped: readonly MappedColumn[], share: readonly number[], options: CheckOptions, workerPath: string): Promise<CheckedShare> {
  const worker = new Worker(workerPath, { workerData: shareInput(table, mapped, share, options), execArgv: [] })
  return new Promise<CheckedShare>((resolve, reject) => {
    worker.once('message', (output: CheckShareOutput) => {
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

  return assembleShares(table, mapped, options, results)
}
