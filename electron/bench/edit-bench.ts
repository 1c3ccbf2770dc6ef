// Fixing on the 1M-row people table, as the app does it: a single-cell edit in the unique email column to its
// rechecked state (the operation, the cell's normaliser and its duplicates), a suggested fix applied to
// every cell of one column (apply-fix EMAIL_INVALID on E-mail: every cell read, each changed one rechecked), its undo
// (the same cells back and rechecked), and the history's memory per touched cell. The check they start
// from runs first, like the app's.
import { dirname } from 'node:path'
import { fixSourceFromCheck } from '../../shared/check/fix-source'
import { LiveCheck } from '../../shared/check/live-check'
import { EditedTable } from '../../shared/operations/edited-table'
import { History } from '../../shared/operations/history'
import { checkTableInWorkers } from '../main/check/check-in-workers'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { benchMapping, benchModel, benchPeopleTable } from './check-bench'
import { formatBytes, formatMs, median, nowMs, retainedBetween, snapshotMemory } from './measure'
import { builtWorkers } from '../main/project/prepare-check'

const EDITS = 25

async function runEdit(context: BenchContext): Promise<SectionResult> {
  const table = await benchPeopleTable(context)
  const model = benchModel()
  const { resolved, options } = benchMapping(table, model)
  const check = await checkTableInWorkers(
    table,
    resolved.mapped,
    options,
    builtWorkers(dirname(context.workerPath)).check,
  )
  const edited = new EditedTable(table)
  const history = new History(edited)
  const live = new LiveCheck(check, (row, column) => edited.cell(row, table.columns[column]!.id))
  const mappedOf = new Map(check.columns.map((c, i) => [table.columns[c.mapped.column]!.id, i]))
  const columnOf = (id: string) => mappedOf.get(id)
  const idOf = (header: string) => table.columns.find((c) => c.name === header)!.id
  const email = idOf('E-mail')

  // The first edit in a unique column indexes its values once; timed on its own.
  let started = nowMs()
  live.edit(columnOf(email)!, 0, edited.cell(0, email))
  const uniqueIndexMs = nowMs() - started

  const editMs: number[] = []
  const rows = table.rowCount
  for (let i = 0; i < EDITS; i++) {
    const row = Math.floor(((i + 1) * rows) / (EDITS + 2))
    started = nowMs()
    const step = history.perform({
      op: 'set-cells',
      cells: [{ column: email, rows: [row], values: [`edited${i}@example.com`] }],
    })!
    live.settle(step.change, edited, columnOf)
    editMs.push(nowMs() - started)
  }

  // As the app does it: the check's column context, and the rows the check found with the code.
  const fixes = fixSourceFromCheck(check, edited)
  const before = await snapshotMemory()
  started = nowMs()
  const fix = history.perform({ op: 'apply-fix', column: email, code: 'EMAIL_INVALID', rows: null }, fixes)
  if (!fix) throw new Error('the bench file has no EMAIL_INVALID cell with a suggested fix to apply')
  live.settle(fix.change, edited, columnOf)
  const bulkFixMs = nowMs() - started
  const after = await snapshotMemory()
  const touched = fix.size
  const historyBytesPerCell = retainedBetween(before, after).heapPlusExternal / Math.max(1, touched)

  started = nowMs()
  const undone = history.undo()!
  live.settle(undone.change, edited, columnOf)
  const undoMs = nowMs() - started

  context.log(
    `edit: ${EDITS} single-cell edits, median ${formatMs(median(editMs))} (unique index built once in ${formatMs(uniqueIndexMs)}); ` +
      `apply-fix on ${touched.toLocaleString('en-US')} cells ${formatMs(bulkFixMs)}, undo ${formatMs(undoMs)}, ` +
      `history ${formatBytes(historyBytesPerCell)} per touched cell`,
  )
  return {
    metrics: [
      { key: 'editMs', value: median(editMs), max: 50 },
      { key: 'bulkFixMs', value: bulkFixMs, max: 2000 },
      { key: 'undoMs', value: undoMs, max: 1000 },
    ],
    details: { editRunsMs: editMs, uniqueIndexMs, bulkFixCells: touched, historyBytesPerCell },
  }
}

export const editBench: BenchSection = { key: 'edit', name: 'Fixing', run: runEdit }
