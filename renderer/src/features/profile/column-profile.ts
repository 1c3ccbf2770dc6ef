// A column at a glance: how full it is, how many distinct values, its most common values with counts, and
// what its values look like (the detectors the auto-mapper uses). Pure, over the edited table.
import { profileContent, type ValueType } from '../../../../shared/mapping/content-profile'
import type { EditedTable } from '../../../../shared/operations/edited-table'

export interface ColumnProfile {
  readonly rows: number
  readonly filled: number
  readonly distinct: number
  readonly top: readonly { readonly value: string; readonly count: number }[]
  /** The detected kind of value and the share of non-empty values it fits, or null when nothing fits most. */
  readonly looksLike: { readonly type: ValueType; readonly share: number } | null
}

const TOP = 8
const SAMPLES = 200
const LOOKS_LIKE = 0.6

export function profileColumn(table: EditedTable, column: string): ColumnProfile {
  const counts = new Map<string, number>()
  let rows = 0
  let filled = 0
  const samples: string[] = []
  table.scan(column, (text) => {
    rows++
    if (text.trim() === '') return
    filled++
    counts.set(text, (counts.get(text) ?? 0) + 1)
    if (samples.length < SAMPLES) samples.push(text)
  })
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([value, count]) => ({ value, count }))
  const content = profileContent(samples)
  const best = (Object.entries(content.shares) as [ValueType, number][]).sort((a, b) => b[1] - a[1])[0]
  return {
    rows,
    filled,
    distinct: counts.size,
    top,
    looksLike: best && best[1] >= LOOKS_LIKE ? { type: best[0], share: best[1] } : null,
  }
}
