// Tells from a file's first bytes whether it is delimited text, a workbook in disguise or binary data, and
// describes non-text content in words a user recognises. Never throws; callers decide what to refuse.
import { detectBom, detectUtf16Pattern } from './encoding'

/** How many leading bytes are sniffed for kind, encoding, delimiter and header. */
export const SNIFF_BYTES = 64 * 1024

export type SniffedKind = 'csv' | 'xlsx' | 'xls' | 'binary'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly looksLike: string }[] = [
  { bytes: ZIP, looksLike: 'an Excel workbook (.xlsx) or another ZIP archive' },
  { bytes: OLE, looksLike: 'a legacy Excel workbook (.xls) or another Office document' },
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-Zip archive' },
  { bytes: [0x4d, 0x5a], looksLike: 'a Windows program' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program' },
]

const startsWith = (head: Uint8Array, bytes: readonly number[]): boolean =>
  head.length >= bytes.length && bytes.every((b, i) => head[i] === b)

/**
 * What the first bytes of a file (ideally SNIFF_BYTES of them) are: `xlsx`/`xls` for workbook signatures
 * (a renamed workbook should be opened as one), `binary` for content that is not text, else `csv`.
 */
export function sniffKind(head: Uint8Array): SniffedKind {
  if (startsWith(head, ZIP)) return 'xlsx'
  if (startsWith(head, OLE)) return 'xls'
  const bom = detectBom(head)
  if (bom && bom.encoding !== 'utf-8') return 'csv'
  if (detectUtf16Pattern(head)) return 'csv'
  return looksBinary(head) ? 'binary' : 'csv'
}

/** NUL bytes (text never has them outside UTF-16) or a high share of control characters. */
function looksBinary(head: Uint8Array): boolean {
  let nuls = 0
  let controls = 0
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!
    if (b === 0) nuls++
    // Tab, LF, VT, FF, CR, SUB (the DOS end-of-file mark) and ESC do occur in text exports.
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1a && b !== 0x1b) controls++
  }
  return nuls > 0 || controls > head.length * 0.05
}

/** A phrase for what non-text content looks like, to finish "… is not a text file: it looks like …". */
export function describeContent(head: Uint8Array): string {
  const known = SIGNATURES.find((sig) => startsWith(head, sig.bytes))
  return known ? known.looksLike : 'binary data rather than rows of text'
}

export type Markup = 'html' | 'xml-spreadsheet'

const ASCII = new TextDecoder('latin1')

/**
 * Whether a text file's first bytes (UTF-8 or an 8-bit encoding) are a web page or an Excel 2003 XML
 * spreadsheet, which web apps often save with an `.xls` name: read as delimited text they would become rows of
 * markup. Null for anything else, a CSV whose first cell starts with `<` included.
 */
export function sniffMarkup(head: Uint8Array): Markup | null {
  const text = ASCII.decode(head.subarray(0, 4096))
    .replace(/^(\u00ef\u00bb\u00bf)?\s*/, '')
    .toLowerCase()
  if (
    /^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel\.sheet|<workbook\b)/.test(text) ||
    text.includes('urn:schemas-microsoft-com:office:spreadsheet')
  ) {
    return 'xml-spreadsheet'
  }
  if (
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<meta[\s>])/.test(
      text,
    )
  )
    return 'html'
  return null
}

/** True when UTF-8 text holds nothing but whitespace (a file like that is as good as empty). */
export function isBlankUtf8(text: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const b = text[i]!
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false
  }
  return true
}
