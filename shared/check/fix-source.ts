// Suggested fixes for apply-fix steps, from the same normalisers the check runs: a column's context is
// decided once from its values (decimal separator, date order), then each cell's issue of the wanted code
// gives its suggestion (numbers that read either way settled by the file's other columns, as in the check). Used when a recipe is replayed outside the app (the CLI) and by the app's bulk fix.
// A cell read with its row (a phone country beside its number) is read with that row's cells as they are now.
import type { CellResult } from '../fields/cell-result'
import type { CheckSettings, ColumnContext, RowContext } from '../fields/column-context'
import type { FieldTarget } from '../fields/targets'
import { analyzeColumn } from '../fields/scalar'
import type { FixSource } from '../operations/compute-change'
import type { EditedTable } from '../operations/edited-table'
import { normalizerFor, valueKindOf } from './normalizers'
import type { CheckResult } from './check-table'
import { rowContextOf, rowLinksOf, type RowLinks } from './row-contexts'
import { settleByFile } from './file-decimal'

const NUMBER_KINDS: ReadonlySet<string> = new Set(['number', 'currency', 'currencyAmount'])

interface ColumnFixer {
  readonly context: ColumnContext
  readonly normalize: (raw: string, context: ColumnContext, row?: RowContext) => CellResult
  readonly target: FieldTarget
  /** The column's index in the table. */
  readonly column: number
}

/** The row context of a cell of a mapped column at `row`, from the edited table's current cells. */
function rowOf(
  table: EditedTable,
  mapped: { readonly column: number; readonly target: FieldTarget },
  links: RowLinks,
  row: number,
): RowContext | undefined {
  return rowContextOf(mapped, undefined, links, (column) => {
    const id = table.columns[column]?.id
    return id === undefined ? '' : table.cell(row, id)
  })
}

/** `targetOf` names the field a column goes to (null: not imported, so nothing to suggest). */
export function fixSourceFor(
  table: EditedTable,
  targetOf: (columnId: string) => FieldTarget | null,
  settings: CheckSettings,
): FixSource {
  const fixers = new Map<string, ColumnFixer | null>()
  const contextOf = (column: string, target: FieldTarget, settings: CheckSettings): ColumnContext => {
    const values = new Set<string>()
    table.scan(column, (text) => values.add(text))
    return analyzeColumn(valueKindOf(target), [...values], target.field.options, settings).context
  }
  // The file's other columns settle numbers that read either way, as in the check (file-decimal.ts).
  let settled: CheckSettings | null | undefined
  const settledSettings = (): CheckSettings | null => {
    if (settled !== undefined) return settled
    const contexts = table.columns.map((c) => {
      const target = targetOf(c.id)
      return target !== null && NUMBER_KINDS.has(valueKindOf(target)) ? contextOf(c.id, target, settings) : undefined
    })
    return (settled = settleByFile(contexts, settings)?.settings ?? null)
  }
  const fixerOf = (column: string): ColumnFixer | null => {
    let fixer = fixers.get(column)
    if (fixer !== undefined) return fixer
    const target = targetOf(column)
    if (target === null) fixer = null
    else {
      let context = contextOf(column, target, settings)
      const file = context.decimalEvidence === 'ambiguous' ? settledSettings() : null
      if (file !== null) context = contextOf(column, target, file)
      fixer = {
        context,
        normalize: normalizerFor(target),
        target,
        column: table.columns.findIndex((c) => c.id === column),
      }
    }
    fixers.set(column, fixer)
    return fixer
  }
  let links: RowLinks | undefined
  const linksOnce = () =>
    (links ??= rowLinksOf(
      table.columns.flatMap((c, column) => {
        const target = targetOf(c.id)
        return target === null ? [] : [{ column, target }]
      }),
    ))
  return {
    suggestion(row, column, code, text) {
      const fixer = fixerOf(column)
      if (fixer === null) return null
      return (
        fixer
          .normalize(text, fixer.context, rowOf(table, fixer, linksOnce(), row))
          .issues.find((issue) => issue.code === code)?.suggestion ?? null
      )
    },
  }
}

/**
 * Suggested fixes from a finished check: each column's own context, and only the rows the check found with
 * the code (a fix on a whole column then reads those rows, not every row). Each cell is normalised again as
 * it is now, so a row fixed since the check gets no suggestion.
 */
export function fixSourceFromCheck(check: CheckResult, table: EditedTable): FixSource {
  const mappedOf = new Map(check.columns.map((c, i) => [table.columns[c.mapped.column]?.id, i]))
  const links = rowLinksOf(check.columns.map((c) => c.mapped))
  return {
    suggestion(row, column, code, text) {
      const at = mappedOf.get(column)
      if (at === undefined) return null
      const checked = check.columns[at]!
      return (
        normalizerFor(checked.mapped.target)(
          text,
          checked.context,
          rowOf(table, checked.mapped, links, row),
        ).issues.find((issue) => issue.code === code)?.suggestion ?? null
      )
    },
    rowsWith(column, code) {
      const at = mappedOf.get(column)
      if (at === undefined) return null
      const list = check.cellIssues
      const rows = new Set<number>()
      for (let i = 0; i < list.length; i++)
        if (list.columnAt(i) === at && list.kindAt(i).code === code) rows.add(list.rowAt(i))
      return [...rows].sort((a, b) => a - b)
    },
  }
}
