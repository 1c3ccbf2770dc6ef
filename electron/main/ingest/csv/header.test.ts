import { describe, expect, it } from 'vitest'
import { detectHeaderRecord, headerColumns, sampleRecords } from './header'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('sampleRecords', () => {
  it('returns non-empty records with their row numbers and own widths', () => {
    expect(sampleRecords(utf8('Title\r\n\r\nA,B,C\r\n1,"x,y",3\r\n'), ',', true)).toEqual([
      { row: 1, cells: ['Title'] },
      { row: 3, cells: ['A', 'B', 'C'] },
      { row: 4, cells: ['1', 'x,y', '3'] },
    ])
  })
  it('leaves out a record cut off at the end of a partial sample, and stops at the limit', () => {
    expect(sampleRecords(utf8('a,b\n1,2\n3,"fo'), ',', false)).toHaveLength(2)
    expect(sampleRecords(utf8('a\nb\nc\nd\n'), ',', true, 3).map((r) => r.row)).toEqual([1, 2, 3])
  })
})

describe('detectHeaderRecord', () => {
  it('returns the row number of the header below title rows', () => {
    const records = sampleRecords(utf8('Export\nfor ACME\n\nName,Email,Phone\nAda,a@x.io,1\n'), ',', true)
    expect(detectHeaderRecord(records)).toBe(4)
    expect(detectHeaderRecord([])).toBe(1)
  })
})

describe('headerColumns', () => {
  it('tidies names, keeps the source text and adds columns for wider rows', () => {
    expect(headerColumns([' First  Name ', '', 'Email', 'email'], 6)).toEqual([
      { id: 'c0', name: 'First Name', sourceName: ' First  Name ' },
      { id: 'c1', name: 'Column B', sourceName: '' },
      { id: 'c2', name: 'Email', sourceName: 'Email' },
      { id: 'c3', name: 'email (2)', sourceName: 'email' },
      { id: 'c4', name: 'Column E', sourceName: '' },
      { id: 'c5', name: 'Column F', sourceName: '' },
    ])
  })
})
