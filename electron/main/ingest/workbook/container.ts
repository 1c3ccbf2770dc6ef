// Tells the two containers Excel files come in apart by their first bytes, whatever the file's extension says:
// a ZIP package (XLSX) or an OLE compound file (XLS, and also any password-protected workbook).
import type { SheetJs } from './load-sheetjs'
import { workbookCorrupt, workbookEncrypted } from './workbook-errors'

export type Container = 'zip' | 'ole' | 'unknown'

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06]
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY)) return 'zip'
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole'
  return 'unknown'
}

/**
 * Refuses an OLE file that wraps an encrypted workbook: Excel saves a password-protected XLSX as an OLE file
 * holding an `EncryptedPackage` stream, which SheetJS cannot open and reports inconsistently.
 */
export function checkOleContainer(sheetJs: SheetJs, bytes: Uint8Array, file: string): void {
  let container: unknown
  try {
    container = sheetJs.CFB.read(bytes, { type: 'buffer' })
  } catch {
    throw workbookCorrupt(file, 'its OLE container is damaged or incomplete')
  }
  if (sheetJs.CFB.find(container, 'EncryptedPackage') || sheetJs.CFB.find(container, 'EncryptionInfo')) {
    throw workbookEncrypted(file)
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte)
}
