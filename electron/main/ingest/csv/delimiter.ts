// Picks the field delimiter from a UTF-8 sample: the candidate that splits the first records into the same
// number (> 1) of fields most consistently, then the one giving the most fields. Quoted fields are respected.
import { DELIMITERS, type Delimiter } from '../../../../shared/files/open-file'

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

/** Records looked at; a few title rows above the header do not outweigh fifty data rows. */
const SAMPLE_RECORDS = 50
/** Share of records that must have the most common field count for a candidate to count as consistent. */
const CONSISTENT_SHARE = 0.8

/**
 * Field counts of the first `maxRecords` non-empty records of `text` split on `delimiter`. When `complete`
 * is false the text was cut from a longer file, so a last record without a line end is left out.
 */
export function countFields(text: Uint8Array, delimiter: number, maxRecords: number, complete: boolean): number[] {
  const counts: number[] = []
  let fields = 1
  let inQuotes = false
  let atFieldStart = true
  let justClosed = false
  let empty = true
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const b = text[i]!
    if (inQuotes) {
      if (b === QUOTE) {
        inQuotes = false
        justClosed = true
      }
      continue
    }
    if (b === LF || b === CR) {
      if (!empty) counts.push(fields)
      fields = 1
      atFieldStart = true
      justClosed = false
      empty = true
      continue
    }
    empty = false
    if (b === delimiter) {
      fields++
      atFieldStart = true
    } else {
      // A quote opens a quoted field only at its start; `""` inside one closes and at once re-enters it.
      if (b === QUOTE && (atFieldStart || justClosed)) inQuotes = true
      atFieldStart = false
    }
    justClosed = false
  }
  if (complete && !empty && counts.length < maxRecords) counts.push(fields)
  return counts
}

interface Candidate {
  readonly delimiter: Delimiter
  readonly fields: number
  readonly share: number
}

function rate(delimiter: Delimiter, counts: readonly number[]): Candidate {
  const frequency = new Map<number, number>()
  for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1)
  let fields = 0
  let best = 0
  for (const [n, times] of frequency) {
    if (times > best || (times === best && n > fields)) {
      fields = n
      best = times
    }
  }
  return { delimiter, fields, share: counts.length > 0 ? best / counts.length : 0 }
}

/** Positive when `a` is the better delimiter. */
function compare(a: Candidate, b: Candidate): number {
  const splits = Number(a.fields > 1) - Number(b.fields > 1)
  if (splits !== 0) return splits
  const consistent = Number(a.share >= CONSISTENT_SHARE) - Number(b.share >= CONSISTENT_SHARE)
  if (consistent !== 0) return consistent
  if (a.share >= CONSISTENT_SHARE) return a.fields - b.fields || a.share - b.share
  return a.share - b.share || a.fields - b.fields
}

/**
 * The delimiter of a UTF-8 sample. `fallback` (tab for .tsv, else comma) wins when nothing splits the
 * records, and also any tie.
 */
export function detectDelimiter(sample: Uint8Array, complete: boolean, fallback: Delimiter): Delimiter {
  const candidates = DELIMITERS.map((d) => rate(d, countFields(sample, d.charCodeAt(0), SAMPLE_RECORDS, complete)))
  let best = candidates.find((c) => c.delimiter === fallback)!
  for (const candidate of candidates) {
    if (compare(candidate, best) > 0) best = candidate
  }
  return best.fields > 1 ? best.delimiter : fallback
}

/** The delimiter to assume for a file name when the content does not settle it. */
export function fallbackDelimiter(fileName: string): Delimiter {
  return /\.tsv$/i.test(fileName) ? '\t' : ','
}
