// Header handling shared by every reader: which row holds the header, and unique display names for it.
// Invariant: uniqueHeaderNames returns one non-empty name per input cell, unique without regard to case.

const NUMERIC_LIKE = /^[\s$€£¥%+\-.,:/\d]+$/

/** Spreadsheet column letters for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/**
 * Picks the header among the first rows of a sheet (0-based index into `rows`). Title rows, notes and
 * blank lines above a header are common in client exports: the header is the first row that is about
 * as wide as the data below it, made of distinct, mostly non-numeric labels.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const scan = rows.slice(0, 30)
  const widths = scan.map((row) => row.filter((cell) => cell.trim() !== '').length)
  const widest = Math.max(0, ...widths)
  if (widest === 0) return 0
  for (let r = 0; r < scan.length; r++) {
    const cells = scan[r]!.map((cell) => cell.trim()).filter((cell) => cell !== '')
    if (cells.length < Math.max(2, Math.ceil(widest * 0.5)) && cells.length < widest) continue
    // Mostly distinct, not all: client headers do repeat ("Email", "Email"), and get numbered later.
    const distinct = new Set(cells.map((cell) => cell.toLowerCase())).size * 2 >= cells.length
    const numeric = cells.filter((cell) => NUMERIC_LIKE.test(cell)).length
    if (distinct && numeric * 3 <= cells.length) return r
  }
  return widths.findIndex((w) => w > 0)
}

/**
 * Display names for a header row: trimmed, `Column C` for an empty cell, and `Email (2)` for the second
 * `Email`, so every column can be told apart in the grid, in mappings and in messages.
 */
export function uniqueHeaderNames(raw: readonly string[]): string[] {
  const taken = new Set<string>()
  const base = raw.map((cell, i) => cell.replace(/\s+/g, ' ').trim() || `Column ${columnLetter(i)}`)
  return base.map((name) => {
    let candidate = name
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
