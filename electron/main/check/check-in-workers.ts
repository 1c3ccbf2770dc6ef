// Checks a table on two cores: each mapped column is a task, heaviest first, and two worker threads take the next
// task as they finish one, so neither waits for the other; the results merge into one CheckResult as checkTable
// gives it. The threads are kept a few seconds after a check for the next one.
import { Worker } from 'node:worker_threads'
import {
  checkTable,
  isUniqueTarget,
  type CheckOptions,
  type CheckResult,
  type MappedColumn,
} from '../../../shared/check/check-table'
import { settleByFile } from '../../../shared/check/file-decimal'
import {
  assembleShares,
  shareInput,
  type CheckedShare,
  type CheckShareOutput,
} from '../../../shared/check/check-shares'
import { valueKindOf } from '../../../shared/check/normalizers'
import type { TargetKind } from '../../../shared/fields/targets'
import type { ColumnarTable } from '../../../shared/table/columnar-table'
import { transferableSlices } from '../../../shared/table/column-slices'

// Relative cost of a column by kind, measured on messy client data: parsing-heavy kinds cost more.
const COST: Partial<Record<TargetKind, number>> = {
  phone: 4,
  phoneList: 4,
  email: 4,
  emailList: 4,
  number: 3,
  currency: 3,
  currencyAmount: 3,
  date: 2,
  dateTime: 2,
  domain: 3,
  link: 3,
  fullName: 2,
  address: 3,
  uuid: 2,
  text: 1.5,
}

/** Kinds whose cells are read in the row's country: only their tasks need the country column. */
const COUNTRY_KINDS: ReadonlySet<TargetKind> = new Set([
  'phone',
  'phoneList',
  'currency',
  'currencyAmount',
  'currencyCode',
])

const WORKERS = 2

/** A unique column's values are all hashed and keyed, which costs about as much as reading them. */
const UNIQUE_COST = 2

function costOf(column: MappedColumn): number {
  return (COST[valueKindOf(column.target)] ?? 1) + (isUniqueTarget(column.target) ? UNIQUE_COST : 0)
}

/** Splits columns into two shares of about equal cost (largest first, each to the lighter share). */
export function splitByCost(mapped: readonly MappedColumn[]): [number[], number[]] {
  const order = mapped.map((m, i) => ({ i, cost: costOf(m) })).sort((a, b) => b.cost - a.cost)
  const shares: [number[], number[]] = [[], []]
  const totals = [0, 0]
  for (const { i, cost } of order) {
    const lighter = totals[0]! <= totals[1]! ? 0 : 1
    shares[lighter].push(i)
    totals[lighter] = totals[lighter]! + cost
  }
  return [shares[0].sort((a, b) => a - b), shares[1].sort((a, b) => a - b)]
}

/** The check's tasks: one column each, the costliest first (so the last tasks, the cheapest, even out the threads). */
export function checkTasks(mapped: readonly MappedColumn[]): number[] {
  return mapped.map((_, i) => i).sort((a, b) => costOf(mapped[b]!) - costOf(mapped[a]!) || a - b)
}

/** A task's options: the country column only for a column read in the row's country (no other needs it). */
function taskOptions(column: MappedColumn, options: CheckOptions): CheckOptions {
  if (options.countryColumn === undefined || COUNTRY_KINDS.has(valueKindOf(column.target))) return options
  const { countryColumn: _unused, ...rest } = options
  return rest
}

// Threads stay warm for a while after a check (code compiled, numbering plans built), so the next check, as a
// mapping is edited, starts at full speed. An idle thread does not keep the process alive and ends after IDLE_MS.
const IDLE_MS = 10_000
interface IdleWorker {
  readonly worker: Worker
  readonly timer: ReturnType<typeof setTimeout>
  /** Drops the thread from the idle list should it end while idle. */
  readonly onExit: () => void
}
const idle = new Map<string, IdleWorker[]>()

function takeWorker(workerPath: string): Worker {
  const warm = idle.get(workerPath)?.pop()
  if (warm !== undefined) {
    clearTimeout(warm.timer)
    warm.worker.off('exit', warm.onExit)
    warm.worker.off('error', warm.onExit)
    warm.worker.ref()
    return warm.worker
  }
  return new Worker(workerPath, { execArgv: [] })
}

/**
 * Starts the check's threads ahead of a check (a command starts them as it begins to read the file it checks),
 * so their start, the engine's loading and a warm-up on made-up rows (check-worker.ts) overlap the read instead
 * of delaying the check. They wait idle, as threads do after a check, and end after IDLE_MS unused.
 */
export function startCheckWorkers(workerPath: string): void {
  for (let i = idleCheckWorkers(workerPath); i < WORKERS; i++)
    releaseWorker(workerPath, new Worker(workerPath, { execArgv: [], workerData: { warmUp: true } }))
}

/** How many started threads of a worker script wait idle for a check. */
export function idleCheckWorkers(workerPath: string): number {
  return idle.get(workerPath)?.length ?? 0
}

function releaseWorker(workerPath: string, worker: Worker): void {
  const list = idle.get(workerPath) ?? []
  idle.set(workerPath, list)
  const drop = () => {
    const at = list.indexOf(entry)
    if (at >= 0) list.splice(at, 1)
    clearTimeout(entry.timer)
  }
  const entry: IdleWorker = {
    worker,
    timer: setTimeout(() => {
      drop()
      void worker.terminate()
    }, IDLE_MS),
    onExit: drop,
  }
  entry.timer.unref()
  worker.on('exit', entry.onExit)
  worker.on('error', entry.onExit)
  worker.unref()
  list.push(entry)
}

/**
 * One worker thread taking tasks from `next` until there are none left. It holds a second task queued behind
 * the one it checks (see `queueAnother`), so it never waits for the next task's cells to be copied to it.
 */
function runWorker(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  workerPath: string,
  next: () => number | undefined,
  done: (share: CheckedShare) => void,
): { readonly finished: Promise<void>; queueAnother(): void } {
  const worker = takeWorker(workerPath)
  // Tasks sent and not yet answered, oldest first (a worker answers in order).
  const sent: number[] = []
  let settle: { resolve: () => void; reject: (error: Error) => void }
  const finished = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
  const stop = () => {
    worker.off('message', onMessage)
    worker.off('error', onError)
    worker.off('exit', onExit)
  }
  const send = (): void => {
    const task = next()
    if (task !== undefined) {
      sent.push(task)
      const input = shareInput(table, mapped, [task], taskOptions(mapped[task]!, options))
      const { slices, transfer } = transferableSlices(input.chunks)
      worker.postMessage({ ...input, chunks: slices }, transfer)
    } else if (sent.length === 0) {
      stop()
      releaseWorker(workerPath, worker)
      settle.resolve()
    }
  }
  const onMessage = (output: CheckShareOutput) => {
    done({ global: [sent.shift()!], output })
    send()
  }
  const onError = (error: Error) => {
    stop()
    void worker.terminate()
    settle.reject(error)
  }
  const onExit = (code: number) => {
    stop()
    settle.reject(new Error(`the check worker stopped (exit code ${code})`))
  }
  worker.on('message', onMessage)
  worker.on('error', onError)
  worker.on('exit', onExit)
  send()
  return { finished, queueAnother: send }
}

/**
 * Checks a table in worker threads (a task per column, two threads), so the calling thread (Electron's main
 * process, the CLI) stays free. Gives the CheckResult checkTable would give. A worker returns the value index of
 * a column it hashed; a mostly distinct column's index (one value per row) is sliced again here only when
 * something reads it.
 */
/** The check's tasks (column positions) on the threads, costliest first; results in column order. */
async function runTasks(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  workerPath: string,
  tasks: readonly number[],
): Promise<CheckedShare[]> {
  let taken = 0
  let failed = false
  const next = () => (!failed && taken < tasks.length ? tasks[taken++] : undefined)
  const results: CheckedShare[] = []
  const done = (share: CheckedShare) => results.push(share)
  // One task to each thread, then a second queued behind it, so the costliest go to different threads.
  const threads = Array.from({ length: Math.min(WORKERS, tasks.length) }, () =>
    runWorker(table, mapped, options, workerPath, next, done),
  )
  for (const thread of threads) thread.queueAnother()
  await Promise.all(
    threads.map(({ finished }) =>
      finished.catch((error: unknown) => {
        failed = true
        throw error
      }),
    ),
  )
  // In column order, so the cell issues come in the order checkTable gives them.
  results.sort((a, b) => a.global[0]! - b.global[0]!)
  return results
}

export async function checkTableInWorkers(
  table: ColumnarTable,
  mapped: readonly MappedColumn[],
  options: CheckOptions,
  workerPath: string,
): Promise<CheckResult> {
  if (mapped.length === 0) return checkTable(table, mapped, options)
  const results = await runTasks(table, mapped, options, workerPath, checkTasks(mapped))
  // A column whose numbers read either way is checked again with the separator the file's other columns prove
  // (a task sees one column; checkTable settles it in one pass when it has them all).
  const settle = settleByFile(
    results.map((share) => share.output.columns[0]?.context),
    options.settings,
  )
  if (settle !== null) {
    const again = await runTasks(
      table,
      mapped,
      { ...options, settings: settle.settings },
      workerPath,
      settle.columns.map((at) => results[at]!.global[0]!),
    )
    for (const share of again) results[results.findIndex((r) => r.global[0] === share.global[0])] = share
  }
  return assembleShares(table, mapped, options, results)
}
