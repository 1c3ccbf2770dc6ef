// Runs a check of the open table in a web worker. A new run or cancel() terminates the thread of the one
// before, so only the latest mapping's result ever arrives.
import { assembleShares, shareInput } from '../../../../shared/check/check-shares'
import type { CheckOptions, CheckResult, MappedColumn } from '../../../../shared/check/check-table'
import type { ColumnarTable, ColumnMeta } from '../../../../shared/table/columnar-table'
import { overlayTable, type CellOverrides } from '../../../../shared/table/overlay-table'
import type { CheckReply, CheckRequest } from './check-messages'
import { t } from '../../i18n'

export interface CheckRun {
  readonly result: Promise<CheckResult>
  cancel(): void
}

export class CheckCancelled extends Error {
  constructor() {
    super('The check was replaced by a newer one.')
  }
}

let nextId = 1

/** `overrides`: the user's edits; the result reads cells as edited. */
export function runCheck(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  overrides: readonly CellOverrides[] = [],
  columns: readonly ColumnMeta[] = table.columns,
): CheckRun {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'preflight-check' })
  const id = nextId++
  let settle: { reject(error: Error): void } | undefined
  const result = new Promise<CheckResult>((resolve, reject) => {
    settle = { reject }
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      worker.terminate()
      const reply = event.data
      if (reply.id !== id) return
      if (!reply.ok) return reject(new Error(reply.message))
      const all = mapped.map((_, i) => i)
      resolve(
        assembleShares(overlayTable(table, overrides, columns), mapped, options, [
          { global: all, output: reply.output },
        ]),
      )
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || t('issuePanel.stoppedUnexpectedly')))
    }
  })
  const request: CheckRequest = {
    id,
    input: shareInput(
      table,
      mapped,
      mapped.map((_, i) => i),
      options,
      overrides,
      columns,
    ),
  }
  worker.postMessage(request)
  return {
    result,
    cancel() {
      worker.terminate()
      settle?.reject(new CheckCancelled())
    },
  }
}
