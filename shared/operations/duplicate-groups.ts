// Duplicates by any chosen columns: rows whose values in those columns are all the same after normalisation
// (a mapped column compares what Twenty would store, e.g. `ADA@x.com ` and `ada@x.com`; any other column
// compares its text without case, accents or extra spaces). A row with every chosen cell empty is nobody's
// duplicate. Each group keeps its first row; a merge takes, for each column, the first non-empty value of
// the group where the kept row has none.

/** Text as compared for duplicates: trimmed, spaces collapsed, accents and case folded. */
export function comparableText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

export interface DuplicateGroup {
  readonly keep: number
  readonly drop: readonly number[]
}

/**
 * Groups `rows` (in order) by `keyOf`: one group per key held by two rows or more. `keyOf` returns null for a
 * row that takes no part (every chosen cell empty).
 */
export function groupDuplicates(rows: Iterable<number>, keyOf: (row: number) => string | null): DuplicateGroup[] {
  const byKey = new Map<string, number[]>()
  for (const row of rows) {
    const key = keyOf(row)
    if (key === null) continue
    const group = byKey.get(key)
    if (group) group.push(row)
    else byKey.set(key, [row])
  }
  const groups: DuplicateGroup[] = []
  for (const members of byKey.values())
    if (members.length > 1) groups.push({ keep: members[0]!, drop: members.slice(1) })
  return groups.sort((a, b) => a.keep - b.keep)
}

/** The key of a row over several columns' comparable values; null when all of them are empty. */
export function rowKey(values: readonly string[]): string | null {
  return values.every((v) => v === '') ? null : JSON.stringify(values)
}

/**
 * How to merge each group: the kept row takes, per column it has empty, the first non-empty value of the rows
 * dropped (`take`: column id -> the row to take it from). `cellOf(row, column)` reads a cell as it is now.
 */
export function mergePlan(
  groups: readonly DuplicateGroup[],
  columnIds: readonly string[],
  cellOf: (row: number, column: number) => string,
): { keep: number; drop: number[]; take: Record<string, number> }[] {
  return groups.map(({ keep, drop }) => {
    const take: Record<string, number> = {}
    columnIds.forEach((id, column) => {
      if (cellOf(keep, column).trim() !== '') return
      const from = drop.find((row) => cellOf(row, column).trim() !== '')
      if (from !== undefined) take[id] = from
    })
    return { keep, drop: [...drop], take }
  })
}
