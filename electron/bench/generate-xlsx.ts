// Writes the bench's 10-column people workbook (text, numbers, dates, some empty cells) with sheetjs-style,
// deterministically from a seed. Shared strings and zip compression, as Excel itself saves a workbook.
import { createRequire } from 'node:module'
import type * as SheetJsStyle from 'sheetjs-style'
import { stat } from 'node:fs/promises'
import { SeededRandom } from './seeded-random'
import { companyOf, dateOf, emailOf, firstNameOf, lastNameOf, noteOf, pickPerson, placeOf } from './people-values'

// sheetjs-style assigns undeclared globals and breaks under ESM bundling, so it is loaded as CommonJS.
export const XLSX = createRequire(import.meta.url)('sheetjs-style') as typeof SheetJsStyle

const HEADER = ['ID', 'Full Name', 'Email', 'Company', 'City', 'Country', 'Signup Date', 'Amount', 'Seats', 'Notes']

type Cell = string | number | Date | null

function workbookRow(rng: SeededRandom, index: number): Cell[] {
  const person = pickPerson(rng)
  const place = placeOf(rng)
  const note = noteOf(rng)
  return [
    index + 1,
    `${firstNameOf(rng, person)} ${lastNameOf(rng, person)}`.trim(),
    emailOf(rng, person) || null,
    companyOf(rng) || null,
    place.city || null,
    place.country,
    rng.chance(0.95) ? dateOf(rng) : null,
    Math.round(rng.next() * 5_000_000) / 100,
    rng.between(1, 500),
    note || null,
  ]
}

/** Writes one sheet with a header and `rows` data rows to `path`; returns the file's size in bytes. */
export async function writePeopleXlsx(path: string, rows: number, seed = 0x5eed_71a): Promise<number> {
  const rng = new SeededRandom(seed)
  const data: Cell[][] = [HEADER]
  for (let row = 0; row < rows; row++) data.push(workbookRow(rng, row))
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), 'People')
  XLSX.writeFile(book, path, { bookType: 'xlsx', bookSST: true, compression: true })
  return (await stat(path)).size
}
