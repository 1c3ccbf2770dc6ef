// Guesses a text file's encoding from its first bytes: a BOM wins, then NUL-patterned UTF-16, then valid UTF-8,
// else Windows-1252 (every byte sequence is valid Windows-1252, so it is the safe fallback).
import { isUtf8 } from 'node:buffer'
import type { TextEncoding } from '../../../../shared/files/open-file'
import { incompleteUtf8Start } from './utf8'

export interface DetectedEncoding {
  readonly encoding: TextEncoding
  /** Length of the byte order mark at the start of the file, 0 when there is none. */
  readonly bomLength: number
}

const BOMS: readonly { readonly encoding: TextEncoding; readonly bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** The encoding named by a byte order mark at the start of `head`, if any. */
export function detectBom(head: Uint8Array): DetectedEncoding | undefined {
  for (const bom of BOMS) {
    if (head.length >= bom.bytes.length && bom.bytes.every((b, i) => head[i] === b)) {
      return { encoding: bom.encoding, bomLength: bom.bytes.length }
    }
  }
  return undefined
}

/**
 * UTF-16 without a BOM: mostly-ASCII text in UTF-16 has a NUL in every other byte (the high byte of each
 * code unit), in the odd positions for little-endian and the even ones for big-endian.
 */
export function detectUtf16Pattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = head.length >> 1
  if (pairs < 2) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNuls++
    if (head[i + 1] === 0) oddNuls++
  }
  if (oddNuls >= pairs * 0.7 && evenNuls <= pairs * 0.05) return 'utf-16le'
  if (evenNuls >= pairs * 0.7 && oddNuls <= pairs * 0.05) return 'utf-16be'
  return undefined
}

/** The encoding of a file whose first bytes are `head` (a multibyte sequence cut at the end of `head` is fine). */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  const bom = detectBom(head)
  if (bom) return bom
  const utf16 = detectUtf16Pattern(head)
  if (utf16) return { encoding: utf16, bomLength: 0 }
  if (isUtf8(head.subarray(0, incompleteUtf8Start(head, head.length)))) return { encoding: 'utf-8', bomLength: 0 }
  return { encoding: 'windows-1252', bomLength: 0 }
}

/** BOM bytes to drop when reading as `used`: only a BOM of that same encoding is removed. */
export function bomLengthFor(detected: DetectedEncoding, used: TextEncoding): number {
  return detected.bomLength > 0 && detected.encoding === used ? detected.bomLength : 0
}
