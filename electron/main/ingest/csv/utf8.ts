// Byte-level UTF-8 checks the streaming transcoder needs: where a block may be cut without splitting a
// character, and where the first invalid byte is (so a notice can name its row).

/** Where a UTF-8 sequence cut off by the end of `bytes[0, end)` starts; `end` when the last sequence is whole. */
export function incompleteUtf8Start(bytes: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = bytes[end - back]!
    if ((b & 0xc0) === 0x80) continue
    if (b < 0xc0) return end
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
    return need > back ? end - back : end
  }
  return end
}

/** Index of the first byte that starts an invalid UTF-8 sequence (RFC 3629: no overlongs, no surrogates), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (need === 0 || i + need >= n) return i
    const second = bytes[i + 1]!
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i
    for (let k = 1; k <= need; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return -1
}
