// Opens any supported source by what its bytes are, not what its name says: a workbook renamed .csv opens
// as a workbook (with a notice), text named .xls opens as text. A web page or an XML spreadsheet is refused with
// what to do: read as text it would become rows of markup. The one entry point for worker and bench.
import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { OpenOptions, ParseNotice, ReadSummary, SourceKind } from '../../../shared/files/open-file'
import type { FileIssueKey } from '../../../shared/messages/english'
import { sniffKind, sniffMarkup } from './csv/sniff'
import { readCsvFile } from './csv/read-csv'
import { fileIssue, ingestError } from './file-issue'
import { readWorkbookFile } from './workbook/read-workbook'
import type { IngestError, IngestLimits, IngestSink } from './worker-protocol'

const HEAD_BYTES = 64 * 1024

const KIND_BY_EXTENSION: Record<string, SourceKind> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.tab': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xls',
}

/** The message of a file named like one kind (first) that is another (second): one sentence per pair. */
const MISMATCH_KEY: Record<SourceKind, Partial<Record<SourceKind, FileIssueKey>>> = {
  csv: { xlsx: 'EXTENSION_MISMATCH.csvIsXlsx', xls: 'EXTENSION_MISMATCH.csvIsXls' },
  xlsx: { csv: 'EXTENSION_MISMATCH.xlsxIsCsv', xls: 'EXTENSION_MISMATCH.xlsxIsXls' },
  xls: { csv: 'EXTENSION_MISMATCH.xlsIsCsv', xlsx: 'EXTENSION_MISMATCH.xlsIsXlsx' },
}

export async function readSource(
  path: string,
  options: OpenOptions,
  sink: IngestSink,
  limits: IngestLimits,
): Promise<ReadSummary> {
  const head = await readHead(path)
  const sniffed = sniffKind(head)
  const kind: SourceKind = sniffed === 'xlsx' || sniffed === 'xls' ? sniffed : 'csv'
  const markup = kind === 'csv' ? sniffMarkup(head) : null
  if (markup !== null) throw markupError(basename(path), markup)
  const summary =
    kind === 'csv'
      ? await readCsvFile(path, options, sink, limits)
      : await readWorkbookFile(path, kind, options, sink, limits)
  const named = KIND_BY_EXTENSION[extname(path).toLowerCase()]
  if (named === undefined || named === kind) return summary
  const notice: ParseNotice = {
    code: 'EXTENSION_MISMATCH',
    ...fileIssue(MISMATCH_KEY[named][kind]!, { file: basename(path) }),
  }
  return { ...summary, notices: [notice, ...summary.notices] }
}

function markupError(file: string, markup: 'html' | 'xml-spreadsheet'): IngestError {
  return ingestError(
    'FILE_NOT_A_TABLE',
    markup === 'html' ? 'FILE_NOT_A_TABLE.html' : 'FILE_NOT_A_TABLE.xmlSpreadsheet',
    { file },
  )
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw ingestError('FILE_NOT_FOUND', 'FILE_NOT_FOUND.atPath', { file: basename(path), path })
    if (code === 'EACCES' || code === 'EPERM')
      throw ingestError('FILE_NOT_READABLE', 'FILE_NOT_READABLE.notAllowed', { file: path })
    if (code === 'EISDIR') throw ingestError('NOT_A_FILE', 'NOT_A_FILE', { file: path })
    throw error
  }
  try {
    const buffer = new Uint8Array(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
