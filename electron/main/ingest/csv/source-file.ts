// Opens a text file for reading and turns file-system failures and size limits into IngestErrors that name
// the file. The caller owns the returned handle and must close it.
import { open, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { ingestError } from '../file-issue'
import { IngestError, type IngestLimits } from '../worker-protocol'

export interface OpenedSource {
  readonly handle: FileHandle
  readonly name: string
  readonly size: number
}

/** Sizes as people read them: `2.0 GB`, `190.4 MB`, `12 KB`. */
export function formatSize(bytes: number): string {
  const units: readonly [string, number][] = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
  ]
  for (const [unit, size] of units) {
    if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`
  }
  return `${Math.ceil(bytes / 1024)} KB`
}

/** Opens `path`, refusing a missing, unreadable or over-limit file with a message naming it. */
export async function openTextSource(path: string, limits: IngestLimits): Promise<OpenedSource> {
  const name = basename(path)
  let handle: FileHandle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw fileSystemError(error, name)
  }
  try {
    const stats = await handle.stat()
    if (stats.isDirectory()) throw ingestError('NOT_A_FILE', 'NOT_A_FILE', { file: name })
    if (stats.size > limits.maxTextBytes) {
      throw new IngestError(
        'FILE_TOO_LARGE',
        `${name} is ${formatSize(stats.size)}; Preflight opens text files up to ${formatSize(limits.maxTextBytes)}. ` +
          'Split it into smaller files and import them one after another.',
      )
    }
    return { handle, name, size: stats.size }
  } catch (error) {
    await handle.close()
    throw error instanceof IngestError ? error : fileSystemError(error, name)
  }
}

function fileSystemError(error: unknown, name: string): IngestError {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return ingestError('FILE_NOT_FOUND', 'FILE_NOT_FOUND.named', { file: name })
    case 'EACCES':
    case 'EPERM':
      return ingestError('FILE_NOT_READABLE', 'FILE_NOT_READABLE.checkPermissions', { file: name })
    case 'EISDIR':
      return ingestError('NOT_A_FILE', 'NOT_A_FILE', { file: name })
    default:
      return ingestError('FILE_NOT_READABLE', 'FILE_NOT_READABLE.failed', { file: name, reason: code ?? String(error) })
  }
}
