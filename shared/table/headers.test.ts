import { describe, expect, it } from 'vitest'
import { columnLetter, detectHeaderRow, uniqueHeaderNames } from './headers'

describe('uniqueHeaderNames', () => {
  it('numbers duplicates and names empty headers by their column letter', () => {
    expect(uniqueHeaderNames(['Email', ' email ', '', 'Email (2)', 'Name', ''])).toEqual([
      'Email',
      'email (2)',
      'Column C',
      'Email (2) (2)',
      'Name',
      'Column F',
    ])
  })
  it('letters columns like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
  })
})

describe('detectHeaderRow', () => {
  it('skips title rows and blank rows above the header', () => {
    const rows = [
      ['Pipeline export', '', '', ''],
      ['Generated 2026-03-01', '', '', ''],
      ['', '', '', ''],
      ['Deal', 'Amount', 'Stage', 'Close date'],
      ['Acme', '1200', 'Won', '2026-01-02'],
    ]
    expect(detectHeaderRow(rows)).toBe(3)
  })
  it('keeps the first row when it is the header', () => {
    expect(
      detectHeaderRow([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(0)
  })
  it('accepts a header that repeats a name', () => {
    expect(
      detectHeaderRow([
        ['Email', 'Email', '', 'Name'],
        ['a@x.io', 'b@x.io', '1', 'Ann'],
      ]),
    ).toBe(0)
  })
  it('does not take a row of numbers for a header', () => {
    expect(
      detectHeaderRow([
        ['2024', '2025', '2026'],
        ['Name', 'Email', 'Phone'],
        ['x', 'y', 'z'],
      ]),
    ).toBe(1)
  })
})
