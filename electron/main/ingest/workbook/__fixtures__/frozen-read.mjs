// Worker entry for load-sheetjs.test.ts: reads workbooks through readWorkbookFile with the real loadSheetJs, which
// freezes this thread's prototypes, and reports what it read plus whether the freeze held.
import { register } from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'

register('./ts-hooks.mjs', import.meta.url)
const { readWorkbookFile } = await import('../read-workbook.ts')
const { DEFAULT_LIMITS } = await import('../../worker-protocol.ts')
const { ColumnarTable } = await import('../../../../../shared/table/columnar-table.ts')

const frozenBefore = Object.isFrozen(Object.prototype)
const results = []
for (const path of workerData.paths) {
  let table
  let meta
  const sink = {
    chunk(chunk, chunkMeta) {
      meta ??= chunkMeta
      table ??= new ColumnarTable(chunkMeta.columns)
      table.append(chunk)
    },
    progress() {},
  }
  try {
    const summary = await readWorkbookFile(path, path.endsWith('.xls') ? 'xls' : 'xlsx', {}, sink, DEFAULT_LIMITS)
    results.push({ summary, meta, rows: table.rowsBetween(0, table.rowCount) })
  } catch (error) {
    results.push({ error: { name: error.name, code: error.code, message: error.message } })
  }
}

let pollution = 'blocked'
try {
  const victim = {}
  victim['__proto__'].polluted = true
  if ({}.polluted) pollution = 'polluted'
} catch {
  pollution = 'threw'
}
let override = 'kept'
try {
  Object.prototype.toString = () => 'evil'
  if (String({}) === 'evil') override = 'overridden'
} catch {
  override = 'threw'
}
parentPort.postMessage({
  frozenBefore,
  override,
  frozen: [Object.prototype, Array.prototype, Function.prototype].map((proto) => Object.isFrozen(proto)),
  pollution,
  results,
})
