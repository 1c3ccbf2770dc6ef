// Worker-thread entry: reads one source and posts chunks (buffers transferred, not copied), progress, and
// exactly one final 'done' or 'error'. Main terminates the thread to cancel.
import { parentPort, workerData } from 'node:worker_threads'
import type { TableChunk } from '../../../shared/table/table-chunk'
import { fileIssue } from './file-issue'
import { readSource } from './read-source'
import { IngestError, type WorkerInput, type WorkerMessage } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('parse-worker must run in a worker thread')

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)

function buffersOf(chunk: TableChunk): ArrayBuffer[] {
  const buffers = [chunk.sourceRows.buffer as ArrayBuffer]
  for (const column of chunk.columns)
    buffers.push(column.bytes.buffer as ArrayBuffer, column.ends.buffer as ArrayBuffer)
  return [...new Set(buffers)]
}

const input = workerData as WorkerInput
readSource(
  input.path,
  input.options,
  {
    chunk: (chunk, meta) => post(meta ? { type: 'chunk', chunk, meta } : { type: 'chunk', chunk }, buffersOf(chunk)),
    progress: (progress) => post({ type: 'progress', progress }),
  },
  input.limits,
)
  .then((summary) => post({ type: 'done', summary }))
  .catch((error: unknown) => {
    if (error instanceof IngestError)
      post({ type: 'error', error: { code: error.code, message: error.message, ...error.wording } })
    else {
      const detail = error instanceof Error ? error.message : String(error)
      const { message, key, params } = fileIssue('PARSE_FAILED', { detail })
      post({ type: 'error', error: { code: 'PARSE_FAILED', message, key, params } })
    }
  })
