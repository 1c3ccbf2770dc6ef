import { describe, expect, it } from 'vitest'
import { describeBytes, fromLibraryError } from './workbook-errors'

describe('describeBytes', () => {
  it.each([
    [512, '512 bytes'],
    [2048, '2.0 KB'],
    [100 * 1024 * 1024, '100.0 MB'],
    [1.5 * 1024 ** 3, '1.5 GB'],
    [2 ** 40, '1.0 TB'],
  ])('%s is %s', (bytes, text) => {
    expect(describeBytes(bytes)).toBe(text)
  })
})

describe('fromLibraryError', () => {
  it('recognises the password errors SheetJS throws', () => {
    for (const message of ['File is password-protected', 'ECMA-376 Encrypted file missing /EncryptionInfo']) {
      expect(fromLibraryError('a.xlsx', new Error(message)).code).toBe('WORKBOOK_ENCRYPTED')
    }
  })

  it('calls anything else corrupt, naming the file and keeping a short detail', () => {
    const error = fromLibraryError('a.xlsx', new Error('Cannot find file [Content_Types].xml in zip'))
    expect(error.code).toBe('WORKBOOK_CORRUPT')
    expect(error.message).toBe(
      'a.xlsx cannot be read: it looks damaged or incomplete (Cannot find file [Content_Types].xml in zip). ' +
        'If Excel opens it, save it again as a new .xlsx file and open that.',
    )
    expect(fromLibraryError('b.xls', new RangeError('Invalid string length')).message).toMatch(
      /^b\.xls cannot be read: it is damaged, or holds more data than can be read at once\./,
    )
  })
})
