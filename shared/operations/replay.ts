// Replays a saved recipe on a table: the same file again (every step), or next month's version of it,
// where columns are found again by name and steps aimed at particular rows are skipped, because row ids
// name rows of the earlier version. Every step that does not run is reported with the reason.
import { OperationError, type FixSource } from './compute-change'
import type { EditedTable } from './edited-table'
import { History } from './history'
import type { Operation } from './operation'

export interface SkippedStep {
  /** The step's position in the recipe (0-based). */
  readonly index: number
  readonly operation: Operation
  readonly reason: string
}

export interface ReplayResult {
  readonly applied: number
  readonly skipped: readonly SkippedStep[]
  readonly history: History
}

export interface ReplayOptions {
  /** True when the source file is the one the recipe was made on (same fingerprint). */
  readonly sameSource: boolean
  /** Recipe column id -> this table's column id (columns found again by name); identity when absent. */
  readonly columnMap?: ReadonlyMap<string, string>
  readonly fixes?: FixSource
  /** The history to record the steps in (the app's, so each replayed step can be undone); a new one if absent. */
  readonly history?: History
}

/** Whether a step names particular rows (those only make sense on the rows they were made on). */
export function targetsRows(op: Operation): boolean {
  switch (op.op) {
    case 'set-cells':
    case 'delete-rows':
    case 'merge-rows':
      return true
    case 'set-constant':
    case 'apply-fix':
      return op.rows !== null
    default:
      return false
  }
}

function remap(op: Operation, map: (id: string) => string): Operation {
  switch (op.op) {
    case 'set-cells':
      return { ...op, cells: op.cells.map((c) => ({ ...c, column: map(c.column) })) }
    case 'replace':
      return { ...op, columns: op.columns === null ? null : op.columns.map(map) }
    case 'trim':
    case 'change-case':
      return { ...op, columns: op.columns.map(map) }
    case 'map-values':
    case 'set-constant':
    case 'apply-fix':
    case 'keep-rows':
    case 'split-column':
    case 'dedupe-rows':
      return { ...op, column: map(op.column) }
    case 'merge-columns':
      return { ...op, columns: op.columns.map(map) }
    case 'apply-fixes':
      return { ...op, fixes: op.fixes.map((f) => ({ ...f, column: map(f.column) })) }
    case 'delete-rows':
      return op
    case 'merge-rows':
      return {
        ...op,
        groups: op.groups.map((g) => ({
          ...g,
          take: Object.fromEntries(Object.entries(g.take).map(([c, r]) => [map(c), r])),
        })),
      }
  }
}

export function replayRecipe(table: EditedTable, recipe: readonly Operation[], options: ReplayOptions): ReplayResult {
  const history = options.history ?? new History(table)
  const skipped: SkippedStep[] = []
  let applied = 0
  const map = (id: string) => options.columnMap?.get(id) ?? id
  recipe.forEach((operation, index) => {
    if (!options.sameSource && targetsRows(operation)) {
      skipped.push({ index, operation, reason: 'It edits particular rows of the earlier version of the file.' })
      return
    }
    try {
      history.perform(remap(operation, map), options.fixes)
      applied++
    } catch (error) {
      if (!(error instanceof OperationError)) throw error
      skipped.push({ index, operation, reason: error.message })
    }
  })
  return { applied, skipped, history }
}
