import { describe, expect, it } from 'vitest'
import { IngestError } from '../worker-protocol'
import { checkOleContainer, sniffContainer } from './container'
import { buildWorkbook, sheetJs } from './workbook.test-support'

describe('sniffContainer', () => {
  it('tells ZIP packages and OLE files from anything else by their first bytes', () => {
    expect(sniffContainer(buildWorkbook({ A: [['x']] }))).toBe('zip')
    expect(sniffContainer(buildWorkbook({ A: [['x']] }, { bookType: 'biff8' }))).toBe('ole')
    expect(sniffContainer(new TextEncoder().encode('Name,Email\n'))).toBe('unknown')
    expect(sniffContainer(new Uint8Array(0))).toBe('unknown')
  })
})

describe('checkOleContainer', () => {
  it('accepts a plain XLS and refuses an encrypted package', () => {
    expect(() =>
      checkOleContainer(sheetJs, buildWorkbook({ A: [['x']] }, { bookType: 'biff8' }), 'a.xls'),
    ).not.toThrow()
    const container = sheetJs.CFB.utils.cfb_new()
    sheetJs.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096))
    const encrypted = sheetJs.CFB.write(container, { type: 'buffer' })
    expect(() => checkOleContainer(sheetJs, encrypted, 'b.xlsx')).toThrow(
      new IngestError(
        'WORKBOOK_ENCRYPTED',
        'b.xlsx is password-protected. Remove the password in Excel (File > Info > Protect Workbook) and save it again.',
      ),
    )
  })
})
