// Undo and redo over an edited table: each gesture is one operation and one Change, so a bulk fix on
// 40,000 cells is one step. The operations in order are the recipe a project saves and replays.
import { computeChange, type FixSource } from './compute-change'
import type { Change, EditedTable } from './edited-table'
import { describeOperation, type Operation } from './operation'

export interface HistoryStep {
  readonly operation: Operation
  readonly change: Change
  /** What the history panel shows. */
  readonly label: string
  /** Cells changed plus rows deleted. */
  readonly size: number
}

export function changeSize(change: Change): number {
  return change.cells.reduce((sum, c) => sum + c.rows.length, 0) + change.deleted.length
}

export class History {
  private readonly steps: HistoryStep[] = []
  private done = 0

  constructor(readonly table: EditedTable) {}

  /** Computes and applies an operation as one step; a step that changes nothing is not recorded. */
  perform(operation: Operation, fixes?: FixSource): HistoryStep | null {
    const change = computeChange(this.table, operation, fixes)
    const size = changeSize(change)
    if (size === 0 && change.added.length === 0) return null
    this.table.apply(change)
    this.steps.length = this.done
    const step = { operation, change, label: describeOperation(operation, (id) => this.table.columnName(id)), size }
    this.steps.push(step)
    this.done++
    return step
  }

  get canUndo(): boolean {
    return this.done > 0
  }

  get canRedo(): boolean {
    return this.done < this.steps.length
  }

  undo(): HistoryStep | null {
    if (!this.canUndo) return null
    const step = this.steps[--this.done]!
    this.table.revert(step.change)
    return step
  }

  redo(): HistoryStep | null {
    if (!this.canRedo) return null
    const step = this.steps[this.done++]!
    this.table.apply(step.change)
    return step
  }

  /** Every step, and how many of them are applied (the rest can be redone). */
  list(): { readonly steps: readonly HistoryStep[]; readonly done: number } {
    return { steps: this.steps, done: this.done }
  }

  /** The applied operations in order: the recipe. */
  recipe(): Operation[] {
    return this.steps.slice(0, this.done).map((step) => step.operation)
  }
}
