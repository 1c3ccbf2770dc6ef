// Which rows share a normalised value in a unique column, kept up to date edit by edit: the first row of a
// value (lowest row id) is the original, every later one a duplicate. An edit moves one row between values
// and returns the rows whose duplicate status may have changed, so only those are rechecked.
import { lowerBound } from '../util/lower-bound'

export class UniqueIndex {
  private readonly keyOfRow: (string | null)[]
  private readonly rowsByKey = new Map<string, number[]>()

  private constructor(rowCount: number) {
    this.keyOfRow = new Array<string | null>(rowCount).fill(null)
  }

  /** `keyAt(row)`: the row's normalised value as a key, or null when it has none (empty or invalid). */
  static build(rowCount: number, keyAt: (row: number) => string | null): UniqueIndex {
    const index = new UniqueIndex(rowCount)
    for (let row = 0; row < rowCount; row++) {
      const key = keyAt(row)
      if (key === null) continue
      index.keyOfRow[row] = key
      const rows = index.rowsByKey.get(key)
      if (rows) rows.push(row)
      else index.rowsByKey.set(key, [row])
    }
    return index
  }

  /** The first row holding the same value, when `row` is a duplicate; else null. */
  firstOf(row: number): number | null {
    const key = this.keyOfRow[row]
    if (key === null || key === undefined) return null
    const first = this.rowsByKey.get(key)![0]!
    return first === row ? null : first
  }

  /** The rows holding a key, lowest first. */
  rowsOf(key: string): readonly number[] {
    return this.rowsByKey.get(key) ?? []
  }

  /**
   * Gives `row` a new key; returns the rows whose firstOf() changed (`row` always included): the row itself,
   * the row that becomes the first of its old value, and the first it displaces in its new one.
   */
  update(row: number, key: string | null): number[] {
    const old = this.keyOfRow[row] ?? null
    if (old === key) return [row]
    const touched = [row]
    if (old !== null) {
      const rows = this.rowsByKey.get(old)!
      const at = lowerBound(rows, row)
      rows.splice(at, 1)
      if (rows.length === 0) this.rowsByKey.delete(old)
      else if (at === 0) touched.push(rows[0]!)
    }
    this.keyOfRow[row] = key
    if (key !== null) {
      const rows = this.rowsByKey.get(key)
      if (!rows) this.rowsByKey.set(key, [row])
      else {
        const at = lowerBound(rows, row)
        if (at === 0) touched.push(rows[0]!)
        rows.splice(at, 0, row)
      }
    }
    return touched
  }
}
