import { describe, expect, it } from 'vitest'
import { buildWorkbook, craftZip } from './workbook.test-support'
import { readZipDirectory } from './zip-directory'

const part = (name: string, text: string, declaredSize?: number) => ({
  name,
  data: new TextEncoder().encode(text),
  declaredSize,
})

describe('readZipDirectory', () => {
  it('lists the parts of a real XLSX with their sizes', () => {
    const directory = readZipDirectory(buildWorkbook({ Data: [['a', 1]] }), 100)
    expect(directory.kind).toBe('ok')
    if (directory.kind !== 'ok') return
    const names = directory.entries.map((entry) => entry.name)
    expect(names).toContain('xl/workbook.xml')
    expect(names).toContain('xl/worksheets/sheet1.xml')
    expect(directory.entries.every((entry) => entry.uncompressedSize > 0)).toBe(true)
  })

  it('reads declared sizes, including ZIP64 sizes past 4 GB', () => {
    const bytes = craftZip([part('a.xml', 'aaaa'), part('b.xml', 'bb', 5 * 2 ** 32)])
    expect(readZipDirectory(bytes, 100)).toEqual({
      kind: 'ok',
      entries: [
        { name: 'a.xml', method: 0, compressedSize: 4, uncompressedSize: 4, localHeaderOffset: 0 },
        { name: 'b.xml', method: 0, compressedSize: 2, uncompressedSize: 5 * 2 ** 32, localHeaderOffset: 39 },
      ],
    })
  })

  it('stops at the declared entry count before walking a directory that claims too many', () => {
    const bytes = craftZip(Array.from({ length: 12 }, (_, i) => part(`p${i}.xml`, 'x')))
    expect(readZipDirectory(bytes, 11)).toEqual({ kind: 'too-many-entries', count: 12 })
  })

  it('calls a file without the end of its index, or with a broken index, corrupt', () => {
    const bytes = craftZip([part('a.xml', 'aaaa')])
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 10), 100).kind).toBe('corrupt')
    expect(readZipDirectory(new TextEncoder().encode('PK\x03\x04 not really a zip'), 100).kind).toBe('corrupt')
    const broken = Uint8Array.from(bytes)
    broken[39] = 0 // the central entry's signature, after the 30-byte local header, name and data
    expect(readZipDirectory(broken, 100)).toEqual({ kind: 'corrupt', problem: 'its ZIP index is damaged' })
  })

  it('refuses ZIP64 markers without the ZIP64 records they promise', () => {
    const bytes = Uint8Array.from(craftZip([part('a.xml', 'aaaa')]))
    const eocd = new DataView(bytes.buffer, bytes.length - 22)
    eocd.setUint32(12, 0xffffffff, true)
    expect(readZipDirectory(bytes, 100)).toEqual({ kind: 'corrupt', problem: 'its ZIP64 index is missing' })
  })
})
