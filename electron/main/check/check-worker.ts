// Worker-thread entry: checks the columns it was given with the shared engine and posts the compact result
// (typed arrays transferred; cell issues as kinds and positions, read back from the normalisers on this side).
import { parentPort, workerData } from 'node:worker_threads'
import { checkTable } from '../../../shared/check/check-table'
import { ColumnarTable } from '../../../shared/table/columnar-table'
import type { TableChunk } from '../../../shared/table/table-chunk'
import type { CheckWorkerInput, CheckWorkerOutput } from './check-protocol'

const input = workerData as CheckWorkerInput
const table = new ColumnarTable(input.columns)
for (const chunk of input.chunks) table.append(chunk as TableChunk)
const result = checkTable(table, input.mapped, input.options)

const cellIssues = result.cellIssues.toParts()
const output: CheckWorkerOutput = {
  columns: result.columns.map((c) => ({ context: c.context, issues: c.issues, index: c.index.distinct ? c.index : null })),
  cellIssues,
  rowHasError: result.rowHasError,
  cellStates: result.cellStates,
  fixedCells: result.fixedCells,
}
const { rows, mapped, kinds, extra } = cellIssues
const transfer = [rows.buffer, mapped.buffer, kinds.buffer, extra.buffer, result.rowHasError.buffer, ...result.cellStates.map((s) => s.buffer), ...result.columns.filter((c) => c.index.distinct).map((c) => c.index.ids.buffer)]
parentPort!.postMessage(output, transfer as ArrayBuffer[])
