import { describe, expect, it } from 'vitest'
import { bomLengthFor, detectBom, detectEncoding, detectUtf16Pattern } from './encoding'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('detectEncoding', () => {
  it('trusts a byte order mark', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', bomLength: 3 })
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ encoding: 'utf-16le', bomLength: 2 })
    expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ encoding: 'utf-16be', bomLength: 2 })
  })
  it('recognises BOM-less UTF-16 by the NUL in every other byte', () => {
    const le = Buffer.from('Name,City\r\nZoë,Köln\r\n', 'utf16le')
    expect(detectEncoding(le)).toEqual({ encoding: 'utf-16le', bomLength: 0 })
    const be = Buffer.from('Name,City\r\nZoë,Köln\r\n', 'utf16le').swap16()
    expect(detectUtf16Pattern(be)).toBe('utf-16be')
    expect(detectUtf16Pattern(Buffer.from('plain ascii text'))).toBeUndefined()
  })
  it('takes valid UTF-8 as UTF-8, even with a character cut at the end of the sample', () => {
    expect(detectEncoding(Buffer.from('Düsseldorf'))).toEqual({ encoding: 'utf-8', bomLength: 0 })
    expect(detectEncoding(Buffer.from('plain'))).toEqual({ encoding: 'utf-8', bomLength: 0 })
    const euro = Buffer.from('price €')
    expect(detectEncoding(euro.subarray(0, euro.length - 1)).encoding).toBe('utf-8')
  })
  it('falls back to Windows-1252 for anything else', () => {
    expect(detectEncoding(Buffer.from('D\xfcsseldorf;1.234 \x80\r\n', 'latin1'))).toEqual({
      encoding: 'windows-1252',
      bomLength: 0,
    })
  })
})

describe('bomLengthFor', () => {
  it('skips a BOM only when reading with the encoding it announces', () => {
    const bom = detectBom(bytes(0xef, 0xbb, 0xbf))!
    expect(bomLengthFor(bom, 'utf-8')).toBe(3)
    expect(bomLengthFor(bom, 'windows-1252')).toBe(0)
    expect(bomLengthFor({ encoding: 'utf-8', bomLength: 0 }, 'utf-8')).toBe(0)
  })
})
