// Worker-thread entry: checks the columns it was given with the shared engine and posts the compact result
// (typed arrays transferred, issue objects sent once however many cells share them).
import { parentPort, workerData } from 'node:worker_threads'
import { checkTable } from '../../../shared/check/check-table'
import type { CellIssue } from '../../../shared/fields/cell-result'
import { ColumnarTable } from '../../../shared/table/columnar-table'
import type { TableChunk } from '../../../shared/table/table-chunk'
import type { CheckWorkerInput, CheckWorkerOutput } from './check-protocol'

const input = workerData as CheckWorkerInput
const table = new ColumnarTable(input.columns)
for (const chunk of input.chunks) table.append(chunk as TableChunk)
const result = checkTable(table, input.mapped, input.options)

const count = result.cellIssues.length
const rows = new Uint32Array(count)
const mapped = new Uint16Array(count)
const refs = new Uint32Array(count)
const issues: CellIssue[] = []
const refOf = new Map<CellIssue, number>()
result.cellIssues.forEach((record, i) => {
  rows[i] = record.row
  mapped[i] = record.mapped
  let ref = refOf.get(record.issue)
  if (ref === undefined) {
    ref = issues.length
    issues.push(record.issue)
    refOf.set(record.issue, ref)
  }
  refs[i] = ref
})
const output: CheckWorkerOutput = {
  columns: result.columns.map((c) => ({ context: c.context, issues: c.issues, ids: c.index.ids, values: c.index.values })),
  rows,
  mapped,
  refs,
  issues,
  rowHasError: result.rowHasError,
  fixedCells: result.fixedCells,
}
const transfer = [rows.buffer, mapped.buffer, refs.buffer, result.rowHasError.buffer, ...result.columns.map((c) => c.index.ids.buffer)]
parentPort!.postMessage(output, transfer as ArrayBuffer[])
