// Checks every mapped cell of a table against its target: per column, decide the context from the column's
// distinct values, normalise each distinct value once, then walk the rows for issues, uniqueness and
// required values. Invariant: a row id is in rowsWithErrors iff at least one of its issues is an error.
import type { CellIssue, CellResult } from '../fields/cell-result'
import { CellIssueList } from './cell-issue-list'

export type { CellIssueRecord } from './cell-issue-list'
import type { CheckSettings, ColumnContext, ColumnIssue } from '../fields/column-context'
import type { FieldTarget } from '../fields/targets'
import type { ColumnarTable } from '../table/columnar-table'
import { indexColumn, type ColumnIndex } from '../table/column-index'
import { analyzeColumn } from '../fields/scalar'
import { countryToIso2 } from '../fields/contact'
import { normalizerFor, valueKindOf } from './normalizers'

/** A source column and where it goes. */
export interface MappedColumn {
  /** Index of the column in the table. */
  readonly column: number
  /** The column's header as shown. */
  readonly name: string
  readonly target: FieldTarget
}

export interface CheckOptions {
  readonly settings: CheckSettings
  /** A column holding each row's country, used to read national phone numbers. */
  readonly countryColumn?: number
}

export interface ColumnCheck {
  readonly mapped: MappedColumn
  readonly context: ColumnContext
  readonly issues: readonly ColumnIssue[]
  /** The column's distinct values and each row's value id. */
  readonly index: ColumnIndex
  /** The result for a raw value (with its row's country when the column depends on it). */
  resultFor(raw: string, row: number): CellResult
  /** The result of the cell at a row id of the checked table. */
  resultAt(row: number): CellResult
}

export interface CheckResult {
  readonly columns: readonly ColumnCheck[]
  readonly cellIssues: CellIssueList
  /** 1 at a row id whose cells have at least one error. */
  readonly rowHasError: Uint8Array
  /** Cells that a safe fix changed. */
  readonly fixedCells: number
}

/** Kinds whose reading depends on the row's country: national phone numbers, `$`/`kr` amounts. */
const COUNTRY_KINDS = new Set(['phone', 'phoneList', 'currency', 'currencyAmount', 'currencyCode'])

/** Targets whose values must be unique within a file (and in the workspace): id and unique (sub)fields. */
export function isUniqueTarget(target: FieldTarget): boolean {
  if (target.kind === 'relation') return false
  if (target.field.name === 'id') return true
  if (!target.field.isUnique) return false
  return target.subfield === null || ['primaryEmail', 'primaryLinkUrl', 'primaryPhoneNumber'].includes(target.subfield)
}

export function checkTable(table: ColumnarTable, mappedColumns: readonly MappedColumn[], options: CheckOptions): CheckResult {
  const rowHasError = new Uint8Array(table.rowCount)
  let fixedCells = 0
  const countries = options.countryColumn === undefined ? undefined : rowCountries(table, options.countryColumn)
  const columns: ColumnCheck[] = []
  const cellIssues = new CellIssueList(issueSource(table, columns))

  mappedColumns.forEach((mapped, index) => {
    const { target } = mapped
    // Each row gets the id of its distinct value (found by hashing bytes); later passes touch only ids.
    const columnIndex = indexColumn(table, mapped.column)
    const { ids } = columnIndex
    const { context, issues } = analyzeColumn(valueKindOf(target), columnIndex.values, target.field.options, options.settings)
    const results = columnResults(target, columnIndex, context, countries)
    const resultOfId = results.resultOfId
    columns.push({ mapped, context, issues, index: columnIndex, resultFor: results.resultFor, resultAt: results.resultAt })
    const missing: CellIssue = {
      code: 'REQUIRED_VALUE_MISSING',
      severity: 'error',
      message: `${target.label} is required in Twenty and this row has no value in "${mapped.name}".`,
    }

    const unique = isUniqueTarget(target) ? new Map<string, number>() : undefined
    for (let row = 0; row < ids.length; row++) {
      const result = resultOfId(ids[row]!, row)
      if (result.fixes.length > 0) fixedCells++
      for (const issue of result.issues) {
        cellIssues.push(row, index, issue)
        if (issue.severity === 'error') rowHasError[row] = 1
      }
      if (result.value === null) {
        if (target.required && !result.issues.some((i) => i.severity === 'error')) {
          cellIssues.push(row, index, missing)
          rowHasError[row] = 1
        }
        continue
      }
      if (unique) {
        const key = uniqueKey(result)
        const first = unique.get(key)
        if (first === undefined) unique.set(key, row)
        else {
          cellIssues.pushDuplicate(row, index, first)
          rowHasError[row] = 1
        }
      }
    }
  })
  return { columns, cellIssues, rowHasError, fixedCells }
}

function uniqueKey(result: CellResult): string {
  return typeof result.value === 'string' ? result.value : JSON.stringify(result.value)
}

/** Reads back a cell's text and words a duplicate, for the issue list of a check over these columns. */
export function issueSource(table: ColumnarTable, columns: readonly ColumnCheck[]) {
  return {
    raw: (row: number, mapped: number) => {
      const { index } = columns[mapped]!
      return index.values[index.ids[row]!]!
    },
    duplicate: (row: number, mapped: number, firstRow: number): CellIssue => {
      const column = columns[mapped]!
      return {
        code: 'DUPLICATE_IN_FILE',
        severity: 'error',
        message: `"${uniqueKey(column.resultAt(row))}" is also on row ${table.sourceRow(firstRow)}; ${column.mapped.target.label} must be unique, so Twenty would merge the two rows into one record.`,
      }
    },
  }
}

/**
 * Normalises a column's cells on demand, once per distinct value (per value and row country for kinds that
 * depend on it). Shared by checkTable and by callers that checked the column elsewhere (another thread).
 */
export function columnResults(
  target: FieldTarget,
  columnIndex: ColumnIndex,
  context: ColumnContext,
  countries: RowCountries | undefined,
): { resultOfId(id: number, row: number): CellResult; resultAt(row: number): CellResult; resultFor(raw: string, row: number): CellResult } {
  const { ids, values: distinct } = columnIndex
  const normalize = normalizerFor(target)
  const byRow = countries !== undefined && COUNTRY_KINDS.has(valueKindOf(target))
  const byValue: (CellResult | undefined)[] = new Array<CellResult | undefined>(distinct.length)
  const byCountry = new Map<number, CellResult>()
  let idOf: Map<string, number> | undefined
  const resultOfId = (id: number, row: number): CellResult => {
    const raw = distinct[id]!
    if (byRow) {
      const countryId = countries.ids[row]!
      const key = id * countries.names.length + countryId
      let result = byCountry.get(key)
      if (result === undefined) {
        result = normalize(raw, context, { country: countries.names[countryId]! })
        byCountry.set(key, result)
      }
      return result
    }
    return (byValue[id] ??= normalize(raw, context))
  }
  return {
    resultOfId,
    resultAt: (row) => resultOfId(ids[row]!, row),
    resultFor: (raw, row) => {
      if (!idOf) {
        idOf = new Map()
        distinct.forEach((value, id) => idOf!.set(value, id))
      }
      const id = idOf.get(raw)
      if (id !== undefined) return resultOfId(id, row)
      return normalize(raw, context, byRow ? { country: countries.names[countries.ids[row]!]! } : undefined)
    },
  }
}

/** Each row's country (an id into `names`): ISO codes where recognised ('Deutschland' -> 'DE'), else as written. */
export interface RowCountries {
  readonly ids: Uint32Array
  readonly names: readonly string[]
}

export function rowCountries(table: ColumnarTable, column: number): RowCountries {
  const { ids, values } = indexColumn(table, column)
  return { ids, names: values.map((text) => countryToIso2(text) ?? text) }
}
