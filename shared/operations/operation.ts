// What a user did, as a small serialisable intent (house style: intent is not effect). Operations are saved
// in projects and replayed as recipes, so their ids and fields are stable forever. Columns are named by
// column id (`c3`, or `x1` for a column an operation added), rows by row id (a row's index in file order).
import { z } from 'zod'

const ColumnId = z.string().min(1)
const RowIds = z.array(z.number().int().nonnegative())

export const RowMatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('equals'), value: z.string(), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('contains'), value: z.string(), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('regex'), value: z.string(), caseSensitive: z.boolean().default(false) }),
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('not-empty') }),
])
export type RowMatch = z.infer<typeof RowMatchSchema>

export const OperationSchema = z.discriminatedUnion('op', [
  /** Typed edits, a pasted block, a fill down: given values for given cells. */
  z.object({
    op: z.literal('set-cells'),
    cells: z.array(
      z
        .object({ column: ColumnId, rows: RowIds, values: z.array(z.string()) })
        .refine((c) => c.rows.length === c.values.length, 'one value per row'),
    ),
  }),
  /** Find and replace in some columns (null: every column), plain or regex. */
  z.object({
    op: z.literal('replace'),
    columns: z.array(ColumnId).nullable(),
    find: z.string().min(1),
    replace: z.string(),
    regex: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
  }),
  z.object({ op: z.literal('trim'), columns: z.array(ColumnId).min(1) }),
  z.object({
    op: z.literal('change-case'),
    columns: z.array(ColumnId).min(1),
    to: z.enum(['upper', 'lower', 'title']),
  }),
  /** A value-to-value table: how labels become option API names. Matches whole cells, as written. */
  z.object({ op: z.literal('map-values'), column: ColumnId, map: z.record(z.string(), z.string()) }),
  /** Every cell of a column (or of some rows) set to one value. */
  z.object({
    op: z.literal('set-constant'),
    column: ColumnId,
    value: z.string(),
    rows: RowIds.nullable().default(null),
  }),
  /** The suggested fix of issue `code` in a column, on some rows or (null) on every row that has it. */
  z.object({
    op: z.literal('apply-fix'),
    column: ColumnId,
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    rows: RowIds.nullable(),
  }),
  /** Every suggested fix of several codes and columns at once ("Fix everything"): one step. */
  z.object({
    op: z.literal('apply-fixes'),
    fixes: z.array(z.object({ column: ColumnId, code: z.string().regex(/^[A-Z][A-Z0-9_]*$/) })).min(1),
  }),
  z.object({ op: z.literal('delete-rows'), rows: RowIds.min(1) }),
  /** Deletes every row whose cell in `column` does not match. */
  z.object({ op: z.literal('keep-rows'), column: ColumnId, match: RowMatchSchema }),
  /** Adds columns holding the parts of a column split on a separator (the last part keeps the rest). */
  z.object({
    op: z.literal('split-column'),
    column: ColumnId,
    separator: z.string().min(1),
    names: z.array(z.string().min(1)).min(2),
  }),
  /** Adds a column joining some columns' non-empty cells with a separator. */
  z.object({
    op: z.literal('merge-columns'),
    columns: z.array(ColumnId).min(2),
    separator: z.string(),
    name: z.string().min(1),
  }),
  /** Duplicates: keeps one row of each group and deletes the others, after copying chosen values into it. */
  z.object({
    op: z.literal('merge-rows'),
    groups: z
      .array(
        z.object({
          keep: z.number().int().nonnegative(),
          drop: RowIds.min(1),
          take: z.record(ColumnId, z.number().int().nonnegative()).default({}),
        }),
      )
      .min(1),
  }),
  /**
   * One row per distinct value of `column` (compared as `compare` says: text without case, accents or extra
   * spaces; an email without case; a domain without scheme, `www.`, path or case): the first row of each value
   * is kept and takes, per column it has empty, the first non-empty value of the rows it stands for; the others
   * and every row with the column empty are deleted. Names no rows, so it replays on any version of the file
   * (the companies or people one sheet names, a part of it made its own file of the project).
   */
  z.object({
    op: z.literal('dedupe-rows'),
    column: ColumnId,
    compare: z.enum(['text', 'email', 'domain']).default('text'),
  }),
])
export type Operation = z.infer<typeof OperationSchema>
export type OperationId = Operation['op']

/** A short name for the history panel. */
export function describeOperation(op: Operation, columnName: (id: string) => string): string {
  const names = (ids: readonly string[]) => ids.map(columnName).join(', ')
  switch (op.op) {
    case 'set-cells': {
      const count = op.cells.reduce((sum, c) => sum + c.rows.length, 0)
      return count === 1 ? `Edit a cell in ${columnName(op.cells[0]!.column)}` : `Set ${count} cells`
    }
    case 'replace':
      return `Replace “${op.find}” with “${op.replace}”${op.columns ? ` in ${names(op.columns)}` : ' everywhere'}`
    case 'trim':
      return `Trim ${names(op.columns)}`
    case 'change-case':
      return `Make ${names(op.columns)} ${op.to === 'title' ? 'title case' : `${op.to} case`}`
    case 'map-values':
      return `Map ${Object.keys(op.map).length} value${Object.keys(op.map).length === 1 ? '' : 's'} in ${columnName(op.column)}`
    case 'set-constant':
      return `Set ${columnName(op.column)} to “${op.value}”`
    case 'apply-fix':
      return `Apply the ${op.code} fix in ${columnName(op.column)}${op.rows ? ` (${op.rows.length} cells)` : ''}`
    case 'apply-fixes':
      return `Apply ${op.fixes.length} suggested fix${op.fixes.length === 1 ? '' : 'es'}`
    case 'delete-rows':
      return `Delete ${op.rows.length} row${op.rows.length === 1 ? '' : 's'}`
    case 'keep-rows':
      return `Keep rows matching ${columnName(op.column)}`
    case 'split-column':
      return `Split ${columnName(op.column)} on “${op.separator}”`
    case 'merge-columns':
      return `Merge ${names(op.columns)} into ${op.name}`
    case 'merge-rows':
      return `Merge ${op.groups.length} duplicate group${op.groups.length === 1 ? '' : 's'}`
    case 'dedupe-rows':
      return `Keep one row per ${columnName(op.column)}`
  }
}
