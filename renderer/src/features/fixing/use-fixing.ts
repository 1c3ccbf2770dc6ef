// Every change to the table goes through here: the operation (or undo, redo) in the edit history, then the
// changed cells rechecked at once (the background re-check follows). Keeps one path for the grid, the
// issue panel, the column tools, the history panel and the keyboard.
import type { HistoryStep } from '../../../../shared/operations/history'
import type { Operation } from '../../../../shared/operations/operation'
import { useEditsStore } from '../../stores/edits'
import { useCheckStore } from '../../stores/check'

export function useFixing() {
  const edits = useEditsStore()
  const checker = useCheckStore()

  function settle(step: HistoryStep | null): HistoryStep | null {
    if (step) checker.recheckStep(step)
    return step
  }

  return {
    apply: (operation: Operation) =>
      settle(
        edits.perform(
          operation,
          operation.op === 'apply-fix' || operation.op === 'apply-fixes' ? checker.fixSource() : undefined,
        ),
      ),
    undo: () => settle(edits.undo()),
    redo: () => settle(edits.redo()),
    restore: (row: number, column: string) => settle(edits.restoreOriginal(row, column)),
  }
}
