// Joins streamed blocks for byte scanners that stop at a construct cut by a block boundary: the unscanned tail
// of one block is carried in front of the next. Invariant: the carry never exceeds MAX_CARRY_BYTES, so a
// crafted part (one endless string or tag) costs bounded copying before it is refused.

/** Far above any real construct: Excel's longest cell text is 32,767 characters. */
export const MAX_CARRY_BYTES = 32 * 1024 * 1024

export class ByteCarry {
  private carry: Uint8Array = new Uint8Array(0)

  get pending(): number {
    return this.carry.length
  }

  /** The bytes to scan next: the carried tail followed by `block`. */
  join(block: Uint8Array): Uint8Array {
    if (this.carry.length === 0) return block
    const joined = new Uint8Array(this.carry.length + block.length)
    joined.set(this.carry)
    joined.set(block, this.carry.length)
    return joined
  }

  /** Keeps `bytes[from..]` for the next join; false when that is more than MAX_CARRY_BYTES. */
  keep(bytes: Uint8Array, from: number): boolean {
    if (bytes.length - from > MAX_CARRY_BYTES) return false
    this.carry = from >= bytes.length ? new Uint8Array(0) : bytes.slice(from)
    return true
  }
}

export const isXmlSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/** Index of the first '>' at or after `from`, or -1. */
export const tagEnd = (bytes: Uint8Array, from: number): number => bytes.indexOf(0x3e, from)

/**
 * Whether bytes[at..end) is the local name `name` (ASCII), optionally behind a `prefix:` as SheetJS's
 * `(?:\w+:)?` allows. `end` is where the name stops.
 */
export function isLocalName(bytes: Uint8Array, at: number, end: number, name: string): boolean {
  const length = name.length
  if (end - at < length) return false
  const start = end - length
  for (let i = 0; i < length; i++) if (bytes[start + i] !== name.charCodeAt(i)) return false
  if (start === at) return true
  if (bytes[start - 1] !== 0x3a || start - 1 === at) return false
  for (let i = at; i < start - 1; i++) if (!isWordByte(bytes[i]!)) return false
  return true
}

/** JavaScript's `\w`: ASCII letters, digits and underscore. */
export function isWordByte(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x5f
  )
}

/** Where a tag's name ends: the first space, tab, newline, '/' or '>' after `from`. */
export function nameEnd(bytes: Uint8Array, from: number, limit: number): number {
  let i = from
  while (i < limit) {
    const b = bytes[i]!
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x2f || b === 0x3e) break
    i++
  }
  return i
}
