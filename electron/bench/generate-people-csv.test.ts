// The bench's CSV must be the same bytes on every run and parse as 15 columns despite its mess.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, describe, expect, it } from 'vitest'
import { PEOPLE_HEADER, writePeopleCsv } from './generate-people-csv'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('writePeopleCsv', () => {
  it('writes identical bytes for the same seed and different bytes for another', async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-bench-test-'))
    const paths = ['a.csv', 'b.csv', 'c.csv'].map((name) => join(dir, name))
    await writePeopleCsv(paths[0]!, 3000, 7)
    await writePeopleCsv(paths[1]!, 3000, 7)
    await writePeopleCsv(paths[2]!, 3000, 8)
    const [a, b, c] = await Promise.all(paths.map((path) => readFile(path)))
    expect(a!.equals(b!)).toBe(true)
    expect(a!.equals(c!)).toBe(false)
  })

  it('parses as a header and one 15-cell record per row, with quotes, commas, line breaks and accents inside cells', async () => {
    dir = await mkdtemp(join(tmpdir(), 'preflight-bench-test-'))
    const path = join(dir, 'people.csv')
    const bytes = await writePeopleCsv(path, 3000, 7)
    const text = await readFile(path, 'utf8')
    expect(Buffer.byteLength(text)).toBe(bytes)
    const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true })
    expect(errors).toEqual([])
    expect(data[0]).toEqual([...PEOPLE_HEADER])
    expect(data).toHaveLength(3001)
    expect(data.every((row) => row.length === 15)).toBe(true)
    const cells = data.slice(1).flat()
    expect(cells.some((cell) => cell.includes('\n'))).toBe(true)
    expect(cells.some((cell) => cell.includes('"'))).toBe(true)
    expect(cells.some((cell) => /^\d{1,3}(,\d{3})+\.\d\d$/.test(cell))).toBe(true)
    expect(cells.some((cell) => /[éüøł]/.test(cell))).toBe(true)
    expect(cells.filter((cell) => cell === '').length).toBeGreaterThan(1000)
  })
})
