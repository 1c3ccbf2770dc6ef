// A pasted block of text as cells: lines are rows, tabs split columns (as spreadsheets copy), placed from the
// focused cell down and right. Rows past the last shown one and columns past the last are dropped; the result is
// grouped by column id, rows as row ids, ready for one set-cells operation.

export interface PastedColumn {
  column: string
  rows: number[]
  values: string[]
}

/**
 * `first`: the focused column's index in `columns`; `rowIdAt(offset)`: the row id shown `offset` rows below the
 * focused one (0 is the focused row), undefined past the end.
 */
export function pasteBlock(
  text: string,
  columns: readonly { readonly id: string }[],
  first: number,
  rowIdAt: (offset: number) => number | undefined,
): PastedColumn[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n')
  const block = lines.map((line) => line.split('\t'))
  const cells = new Map<string, PastedColumn>()
  block.forEach((values, r) => {
    const row = rowIdAt(r)
    if (row === undefined) return
    values.forEach((value, c) => {
      const column = columns[first + c]?.id
      if (!column) return
      const entry = cells.get(column) ?? { column, rows: [], values: [] }
      entry.rows.push(row)
      entry.values.push(value)
      cells.set(column, entry)
    })
  })
  return [...cells.values()]
}
