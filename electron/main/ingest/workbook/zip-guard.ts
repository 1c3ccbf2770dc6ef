// Refuses an XLSX whose ZIP index is damaged or declares more than the limits allow, before any inflating.
// A zip bomb is a few kilobytes that declare gigabytes: the declared sizes are what the parser would allocate.
import type { IngestLimits } from '../worker-protocol'
import { tooManyParts, unzippedTooLarge, workbookCorrupt } from './workbook-errors'
import { readZipDirectory, type ZipEntry } from './zip-directory'

/** Far above any real workbook (a few dozen parts, a few thousand with many sheets and images). */
export const MAX_ZIP_ENTRIES = 10_000

/** The entries of a ZIP that passed the limits; throws IngestError otherwise. `file` names it in messages. */
export function checkZipLimits(bytes: Uint8Array, file: string, limits: IngestLimits): readonly ZipEntry[] {
  const directory = readZipDirectory(bytes, MAX_ZIP_ENTRIES)
  switch (directory.kind) {
    case 'corrupt':
      throw workbookCorrupt(file, directory.problem)
    case 'too-many-entries':
      throw tooManyParts(file, directory.count, MAX_ZIP_ENTRIES)
    case 'ok': {
      let unzipped = 0
      for (const entry of directory.entries) unzipped += entry.uncompressedSize
      if (unzipped > limits.maxUnzippedBytes) throw unzippedTooLarge(file, unzipped, limits.maxUnzippedBytes)
      return directory.entries
    }
  }
}
