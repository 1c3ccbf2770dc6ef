// Streams file blocks of any supported encoding into UTF-8 bytes for the parser, dropping a matching BOM.
// Invariants: a character split across blocks is carried, never mangled; returned bytes are only valid until
// the next push (they may be a view of the input block or of a reused buffer).
import { isAscii, isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'
import type { TextEncoding } from '../../../../shared/files/open-file'
import { firstInvalidUtf8, incompleteUtf8Start } from './utf8'
import { WINDOWS_1252_UTF8 } from './windows-1252'

export interface TranscodedBlock {
  readonly bytes: Uint8Array
  /** Offset in `bytes` of the first byte that was invalid in the source encoding, or -1. */
  readonly invalidAt: number
}

export interface Transcoder {
  /** Converts the next block; `final` flushes anything carried over (an incomplete character becomes U+FFFD). */
  push(block: Uint8Array, final: boolean): TranscodedBlock
}

const EMPTY = new Uint8Array(0)
const encoder = new TextEncoder()

/** A transcoder from `encoding` that first skips `bomLength` bytes of the stream. */
export function createTranscoder(encoding: TextEncoding, bomLength: number): Transcoder {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Transcoder(bomLength)
    case 'windows-1252':
      return new Windows1252Transcoder()
    case 'utf-16le':
    case 'utf-16be':
      return new Utf16Transcoder(encoding, bomLength)
  }
}

/** Drops the first `remaining` bytes of a stream, however the blocks are cut. */
class ByteSkipper {
  constructor(private remaining: number) {}

  apply(block: Uint8Array): Uint8Array {
    if (this.remaining === 0) return block
    const n = Math.min(this.remaining, block.length)
    this.remaining -= n
    return block.subarray(n)
  }
}

class Utf8Transcoder implements Transcoder {
  private readonly bom: ByteSkipper
  private carry: Uint8Array = EMPTY
  private readonly decoder = new TextDecoder('utf-8')

  constructor(bomLength: number) {
    this.bom = new ByteSkipper(bomLength)
  }

  push(block: Uint8Array, final: boolean): TranscodedBlock {
    let data = this.bom.apply(block)
    if (this.carry.length > 0) {
      const joined = new Uint8Array(this.carry.length + data.length)
      joined.set(this.carry)
      joined.set(data, this.carry.length)
      data = joined
    }
    const end = final ? data.length : incompleteUtf8Start(data, data.length)
    this.carry = end < data.length ? data.slice(end) : EMPTY
    const whole = data.subarray(0, end)
    if (isUtf8(whole)) return { bytes: whole, invalidAt: -1 }
    // Valid bytes before the first bad one pass through unchanged, so its offset is the same in the output.
    const invalidAt = Math.max(0, firstInvalidUtf8(whole))
    return { bytes: encoder.encode(this.decoder.decode(whole)), invalidAt }
  }
}

class Windows1252Transcoder implements Transcoder {
  private out: Uint8Array = EMPTY

  push(block: Uint8Array): TranscodedBlock {
    if (isAscii(block)) return { bytes: block, invalidAt: -1 }
    if (this.out.length < block.length * 3) this.out = new Uint8Array(block.length * 3)
    const out = this.out
    const table = WINDOWS_1252_UTF8
    let o = 0
    for (let i = 0; i < block.length; i++) {
      const b = block[i]!
      if (b < 0x80) {
        out[o++] = b
        continue
      }
      const t = b << 2
      out[o++] = table[t + 1]!
      out[o++] = table[t + 2]!
      if (table[t] === 3) out[o++] = table[t + 3]!
    }
    return { bytes: out.subarray(0, o), invalidAt: -1 }
  }
}

class Utf16Transcoder implements Transcoder {
  private readonly bom: ByteSkipper
  private readonly decoder: TextDecoder

  constructor(encoding: 'utf-16le' | 'utf-16be', bomLength: number) {
    this.bom = new ByteSkipper(bomLength)
    // The BOM is skipped explicitly (only when it matches), so the decoder must not drop a second one.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true })
  }

  push(block: Uint8Array, final: boolean): TranscodedBlock {
    const text = this.decoder.decode(this.bom.apply(block), { stream: !final })
    return { bytes: encoder.encode(text), invalidAt: -1 }
  }
}
