// Writes the bench's messy 15-column people CSV (UTF-8, comma-separated, CRLF rows) deterministically from a
// seed, streaming blocks of rows to disk so a million rows never sit in memory as one string.
import { open } from 'node:fs/promises'
import { SeededRandom } from './seeded-random'
import {
  amountTextOf,
  booleanOf,
  companyOf,
  dateTextOf,
  emailOf,
  firstNameOf,
  jobTitleOf,
  lastNameOf,
  noteOf,
  phoneOf,
  pickPerson,
  placeOf,
  statusOf,
  tagsOf,
} from './people-values'

export const PEOPLE_HEADER = [
  'ID',
  'First Name',
  'Last Name',
  'E-mail',
  'Phone',
  'Company',
  'Job Title',
  'City',
  'Country',
  'Signup Date',
  'Amount (USD)',
  'Status',
  'Newsletter',
  'Tags',
  'Notes',
] as const

const BLOCK_ROWS = 8192
const NEEDS_QUOTES = /[",\r\n]/

/** Quotes a field when CSV requires it, and now and then when it does not (some exporters quote everything). */
function csvField(rng: SeededRandom, text: string): string {
  if (NEEDS_QUOTES.test(text) || rng.chance(0.03)) return `"${text.replace(/"/g, '""')}"`
  return text
}

function peopleRow(rng: SeededRandom, index: number): string {
  const person = pickPerson(rng)
  const place = placeOf(rng)
  const cells = [
    `P${String(index + 1).padStart(7, '0')}`,
    firstNameOf(rng, person),
    lastNameOf(rng, person),
    emailOf(rng, person),
    phoneOf(rng),
    companyOf(rng),
    jobTitleOf(rng),
    place.city,
    place.country,
    dateTextOf(rng),
    amountTextOf(rng),
    statusOf(rng),
    booleanOf(rng),
    tagsOf(rng),
    noteOf(rng),
  ]
  let line = ''
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(rng, cells[i]!)
  return `${line}\r\n`
}

/** Writes a header and `rows` data rows to `path`; returns the file's size in bytes. */
export async function writePeopleCsv(path: string, rows: number, seed = 0x5eed_c5f): Promise<number> {
  const rng = new SeededRandom(seed)
  const file = await open(path, 'w')
  let bytes = 0
  try {
    let block = `${PEOPLE_HEADER.join(',')}\r\n`
    for (let row = 0; row < rows; row++) {
      block += peopleRow(rng, row)
      if ((row + 1) % BLOCK_ROWS === 0 || row === rows - 1) {
        bytes += (await file.write(block, null, 'utf8')).bytesWritten
        block = ''
      }
    }
    if (block.length > 0) bytes += (await file.write(block, null, 'utf8')).bytesWritten
  } finally {
    await file.close()
  }
  return bytes
}
