import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format'

const latin1 = (text: string) => Buffer.from(text, 'latin1')

describe('detectFormat', () => {
  it('settles encoding, delimiter and header row from the head of the file', () => {
    const head = latin1('Bericht 2026\r\n\r\nFirma;Ort;Umsatz\r\nM\xfcller;K\xf6ln;1,5\r\nSchmidt;Bonn;2,5\r\n')
    expect(detectFormat('firmen.csv', head, true, {})).toEqual({
      encoding: { detected: 'windows-1252', used: 'windows-1252', hadBom: false },
      bomLength: 0,
      delimiter: { detected: ';', used: ';' },
      headerRow: { detected: 3, used: 3 },
    })
  })

  it('lets each choice of the user override what was detected', () => {
    const head = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\n1,2\n')])
    const format = detectFormat('x.csv', head, true, { encoding: 'windows-1252', delimiter: '|', headerRow: 2 })
    expect(format).toEqual({
      encoding: { detected: 'utf-8', used: 'windows-1252', hadBom: true },
      bomLength: 0,
      delimiter: { detected: ',', used: '|' },
      headerRow: { detected: 1, used: 2 },
    })
  })

  it('does not call a partial head blank, and ignores a last record cut off by its end', () => {
    const format = detectFormat('big.tsv', Buffer.from('   \n\n'), false, {})
    expect(format.delimiter.detected).toBe('\t')
    expect(detectFormat('cut.csv', Buffer.from('a;b;c\n1;2;3\n4,5,6,7,8,9'), false, {}).delimiter.detected).toBe(';')
  })

  it('refuses empty and non-text heads with the file name', () => {
    expect(() => detectFormat('e.csv', new Uint8Array(0), true, {})).toThrow('The file e.csv is empty.')
    expect(() => detectFormat('e.csv', Buffer.from('\r\n \r\n'), true, {})).toThrow('The file e.csv is empty.')
    expect(() => detectFormat('book.csv', latin1('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0'), true, {})).toThrow(
      'book.csv is not a text file: it looks like a legacy Excel workbook (.xls) or another Office document.',
    )
  })
})
