import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, IngestError } from '../worker-protocol'
import { craftZip } from './workbook.test-support'
import { checkZipLimits, MAX_ZIP_ENTRIES } from './zip-guard'

const limits = { ...DEFAULT_LIMITS, maxUnzippedBytes: 1024 * 1024 }
const part = (name: string, declaredSize?: number) => ({ name, data: new Uint8Array(10), declaredSize })

function guardError(bytes: Uint8Array): IngestError {
  try {
    checkZipLimits(bytes, 'bomb.xlsx', limits)
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('the guard accepted the file')
}

describe('checkZipLimits', () => {
  it('accepts a package within the limits', () => {
    expect(checkZipLimits(craftZip([part('a.xml'), part('b.xml', 1024 * 1024 - 10)]), 'ok.xlsx', limits)).toHaveLength(
      2,
    )
  })

  it('refuses a package that claims to unpack past the limit, naming the file and both sizes', () => {
    const error = guardError(craftZip([part('xl/worksheets/sheet1.xml', 3 * 1024 ** 3)]))
    expect(error.code).toBe('WORKBOOK_TOO_LARGE_UNZIPPED')
    expect(error.message).toBe(
      'bomb.xlsx unpacks to 3.0 GB, over the 1.0 MB limit. Save the sheet you need as CSV in Excel and open that file instead.',
    )
  })

  it('sums ZIP64 sizes too', () => {
    const error = guardError(craftZip([part('a.xml', 2 ** 40), part('b.xml')]))
    expect(error.code).toBe('WORKBOOK_TOO_LARGE_UNZIPPED')
    expect(error.message).toContain('unpacks to 1.0 TB')
  })

  it('refuses more parts than a workbook can have', () => {
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(0) }))
    const error = guardError(craftZip(parts))
    expect(error.code).toBe('WORKBOOK_TOO_LARGE_UNZIPPED')
    expect(error.message).toMatch(/^bomb\.xlsx holds 10,001 parts, more than the 10,000/)
  })

  it('refuses a damaged package as corrupt', () => {
    const bytes = craftZip([part('a.xml')])
    const error = guardError(bytes.subarray(0, bytes.length - 5))
    expect(error.code).toBe('WORKBOOK_CORRUPT')
    expect(error.message).toMatch(/^bomb\.xlsx cannot be read: it is not a complete ZIP package/)
  })
})
