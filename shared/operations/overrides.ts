// The edited cells of an EditedTable as the check takes them: per column index (the file's columns, then
// those operations added), rows and texts.
import type { CellOverrides } from '../table/overlay-table'
import type { EditedTable } from './edited-table'

export function overridesOf(table: EditedTable): CellOverrides[] {
  const out: CellOverrides[] = []
  table.columns.forEach((column, index) => {
    const edits = table.editsOf(column.id)
    if (edits.size === 0) return
    out.push({ column: index, rows: Uint32Array.from(edits.keys()), values: [...edits.values()] })
  })
  return out
}
