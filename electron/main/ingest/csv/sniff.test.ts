import { describe, expect, it } from 'vitest'
import { describeContent, isBlankUtf8, sniffKind } from './sniff'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('sniffKind', () => {
  it('routes workbooks by their signatures', () => {
    expect(sniffKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBe('xlsx')
    expect(sniffKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00))).toBe('xls')
  })
  it('takes delimited text in any supported encoding as csv', () => {
    expect(sniffKind(Buffer.from('a,b\r\n1,2\r\n'))).toBe('csv')
    expect(sniffKind(Buffer.from('K\xf6ln;\x80\r\n', 'latin1'))).toBe('csv')
    expect(sniffKind(Buffer.from('a,b\r\n', 'utf16le'))).toBe('csv')
    expect(sniffKind(Buffer.concat([bytes(0xfe, 0xff), Buffer.from('a,b\r\n', 'utf16le').swap16()]))).toBe('csv')
    expect(sniffKind(bytes())).toBe('csv')
  })
  it('calls NUL bytes outside UTF-16, or many control characters, binary', () => {
    expect(sniffKind(Buffer.from('a,b\r\n1,\x002\r\n', 'latin1'))).toBe('binary')
    expect(sniffKind(Buffer.from('\x01\x02\x03\x04 text \x05\x06', 'latin1'))).toBe('binary')
    expect(sniffKind(Buffer.from('one \x1b escape in a long enough line of text\r\n', 'latin1'))).toBe('csv')
  })
})

describe('describeContent', () => {
  it('names common file types and falls back to a general phrase', () => {
    expect(describeContent(Buffer.from('%PDF-1.7'))).toBe('a PDF document')
    expect(describeContent(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('a JPEG image')
    expect(describeContent(bytes(0x01, 0x02))).toBe('binary data rather than rows of text')
  })
})

describe('isBlankUtf8', () => {
  it('is true only for whitespace', () => {
    expect(isBlankUtf8(Buffer.from(' \r\n\t'))).toBe(true)
    expect(isBlankUtf8(bytes())).toBe(true)
    expect(isBlankUtf8(Buffer.from(' ,\r\n'))).toBe(false)
  })
})
