// The Windows-1252 code page as 256 UTF-8 byte sequences, for a table-driven transcoder.
// 0x80-0x9F follow the WHATWG map (what browsers and TextDecoder use): the five unassigned bytes map to C1 controls.

const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
]

/** The Unicode code point of each Windows-1252 byte. */
export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte
}

/** UTF-8 encoding of each byte, as `[length, b0, b1, b2]` in 4 slots per byte. */
export const WINDOWS_1252_UTF8: Uint8Array = buildTable()

function buildTable(): Uint8Array {
  const table = new Uint8Array(256 * 4)
  const encoder = new TextEncoder()
  for (let byte = 0; byte < 256; byte++) {
    const utf8 = encoder.encode(String.fromCodePoint(windows1252CodePoint(byte)))
    table[byte * 4] = utf8.length
    table.set(utf8, byte * 4 + 1)
  }
  return table
}
