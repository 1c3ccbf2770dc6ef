import { describe, expect, it } from 'vitest'
import { createTranscoder, type Transcoder } from './transcode'
import { windows1252CodePoint } from './windows-1252'

const decoder = new TextDecoder()

/** Feeds `bytes` in blocks of `size` bytes and decodes the UTF-8 output. */
function run(transcoder: Transcoder, bytes: Uint8Array, size: number): { text: string; invalidAt: number[] } {
  const out: number[] = []
  const invalidAt: number[] = []
  for (let at = 0; at < bytes.length || at === 0; at += size) {
    const final = at + size >= bytes.length
    const block = transcoder.push(bytes.slice(at, at + size), final)
    if (block.invalidAt >= 0) invalidAt.push(out.length + block.invalidAt)
    out.push(...block.bytes)
    if (final) break
  }
  return { text: decoder.decode(new Uint8Array(out)), invalidAt }
}

describe('createTranscoder', () => {
  it('maps every Windows-1252 byte as the real code page does', () => {
    expect(windows1252CodePoint(0x80)).toBe(0x20ac)
    expect(windows1252CodePoint(0x92)).toBe(0x2019)
    expect(windows1252CodePoint(0x9f)).toBe(0x0178)
    expect(windows1252CodePoint(0xe9)).toBe(0xe9)
    // Not checked against TextDecoder('windows-1252'): Node 20 decodes that label as Latin-1.
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
    const latin1 = (from: number, to: number) => String.fromCharCode(...all.slice(from, to))
    expect(run(createTranscoder('windows-1252', 0), all, 256).text).toBe(latin1(0, 0x80) + high + latin1(0xa0, 0x100))
    expect(run(createTranscoder('windows-1252', 0), Buffer.from('\x80 l\x92\xc9glise', 'latin1'), 3).text).toBe(
      '€ l’Église',
    )
  })

  it('passes UTF-8 through, dropping the BOM and carrying characters cut between blocks', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zoë 😀 €uro\n')])
    for (let size = 1; size <= 5; size++) {
      expect(run(createTranscoder('utf-8', 3), bytes, size)).toEqual({ text: 'Zoë 😀 €uro\n', invalidAt: [] })
    }
  })

  it('replaces invalid UTF-8 and says where the first bad byte landed', () => {
    const bytes = Buffer.concat([Buffer.from('ok é '), Buffer.from('M\xfcller', 'latin1'), Buffer.from(' 😀')])
    expect(run(createTranscoder('utf-8', 0), bytes, 64)).toEqual({ text: 'ok é M\u{FFFD}ller 😀', invalidAt: [7] })
    const cut = run(createTranscoder('utf-8', 0), Buffer.from([0x61, 0xe2, 0x82]), 2)
    expect(cut.text).toBe('a\u{FFFD}')
  })

  it('decodes UTF-16 LE and BE, with a BOM and a surrogate pair split across blocks', () => {
    const text = 'Zoë;😀;€\r\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le).swap16()
    for (let size = 1; size <= 5; size++) {
      expect(run(createTranscoder('utf-16le', 2), le, size).text).toBe(text)
      expect(run(createTranscoder('utf-16be', 2), be, size).text).toBe(text)
    }
  })
})
