// Decides how to read a text file from its first bytes: refuses empty and non-text files, then settles the
// encoding, delimiter and header row, each detected and then overridden by the user's choice when given.
import type { Delimiter, OpenOptions, TextEncoding } from '../../../../shared/files/open-file'
import { ingestError } from '../file-issue'
import { IngestError } from '../worker-protocol'
import { detectDelimiter, fallbackDelimiter } from './delimiter'
import { bomLengthFor, detectEncoding } from './encoding'
import { detectHeaderRecord, sampleRecords } from './header'
import { describeContent, isBlankUtf8, sniffKind } from './sniff'
import { createTranscoder } from './transcode'

export interface CsvFormat {
  readonly encoding: { readonly detected: TextEncoding; readonly used: TextEncoding; readonly hadBom: boolean }
  /** BOM bytes to skip: the file's BOM when it matches the encoding used, else 0. */
  readonly bomLength: number
  readonly delimiter: { readonly detected: Delimiter; readonly used: Delimiter }
  /** 1-based row numbers. */
  readonly headerRow: { readonly detected: number; readonly used: number }
}

/** How to read the file `name` whose first bytes are `head` (`complete` when `head` is the whole file). */
export function detectFormat(name: string, head: Uint8Array, complete: boolean, options: OpenOptions): CsvFormat {
  if (head.length === 0) throw emptyFile(name)
  if (sniffKind(head) !== 'csv') {
    throw new IngestError('FILE_NOT_TEXT', `${name} is not a text file: it looks like ${describeContent(head)}.`)
  }
  const detected = detectEncoding(head)
  const used = options.encoding ?? detected.encoding
  const bomLength = bomLengthFor(detected, used)
  const sample = createTranscoder(used, bomLength).push(head, complete).bytes
  if (complete && isBlankUtf8(sample)) throw emptyFile(name)

  const delimiter = detectDelimiter(sample, complete, fallbackDelimiter(name))
  const delimiterUsed = options.delimiter ?? delimiter
  const headerRow = detectHeaderRecord(sampleRecords(sample, delimiterUsed, complete))
  return {
    encoding: { detected: detected.encoding, used, hadBom: detected.bomLength > 0 },
    bomLength,
    delimiter: { detected: delimiter, used: delimiterUsed },
    headerRow: { detected: headerRow, used: options.headerRow ?? headerRow },
  }
}

function emptyFile(name: string): IngestError {
  return ingestError('FILE_EMPTY', 'FILE_EMPTY', { file: name })
}
