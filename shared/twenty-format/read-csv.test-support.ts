// Test helper: reads text written by writeCsv the way a strict RFC 4180 reader does (papaparse, comma, CRLF).
import Papa from 'papaparse'
import { expect } from 'vitest'

export function readCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', quoteChar: '"' })
  expect(parsed.errors).toEqual([])
  const rows = parsed.data
  // The CRLF closing the last row makes papaparse report one empty row more.
  expect(rows[rows.length - 1]).toEqual([''])
  return rows.slice(0, -1)
}
