// Computes an operation's effect on an edited table without applying it: the before and after values of
// only the cells it changes, the rows it deletes and the columns it adds. Applying the Change does the edit;
// reverting it undoes it. Invariant: a ColumnChange never lists a cell whose value does not change.
import type { ColumnMeta } from '../table/columnar-table'
import type { Change, ColumnChange, EditedTable } from './edited-table'
import { comparableText, groupDuplicates, mergePlan } from './duplicate-groups'
import type { Operation, RowMatch } from './operation'

/** Where apply-fix finds a cell's suggested value (the check's normaliser for the column's target). */
export interface FixSource {
  /** The suggestion of issue `code` for this cell's text, or null when it has no such issue or no suggestion. */
  suggestion(row: number, column: string, code: string, text: string): string | null
  /**
   * The rows that may have issue `code` in a column (a check's finding), so a fix on a whole column reads
   * only those; absent or null: every row is read.
   */
  rowsWith?(column: string, code: string): Iterable<number> | null
}

/** An operation that cannot run as given: the message says what to change. */
export class OperationError extends Error {}

class Collector {
  private readonly byColumn = new Map<string, { rows: number[]; before: string[]; after: string[] }>()
  readonly deleted: number[] = []
  readonly added: ColumnMeta[] = []

  set(row: number, column: string, before: string, after: string): void {
    if (before === after) return
    let entry = this.byColumn.get(column)
    if (!entry) this.byColumn.set(column, (entry = { rows: [], before: [], after: [] }))
    entry.rows.push(row)
    entry.before.push(before)
    entry.after.push(after)
  }

  change(): Change {
    const cells: ColumnChange[] = []
    for (const [column, entry] of this.byColumn)
      cells.push({ column, rows: Uint32Array.from(entry.rows), before: entry.before, after: entry.after })
    return { cells, deleted: Uint32Array.from(this.deleted), added: this.added }
  }
}

const EDGE_SPACE = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g
const WORD_START = /(^|[\s\-'’(/])(\p{L})/gu

function changeCase(text: string, to: 'upper' | 'lower' | 'title'): string {
  if (to === 'upper') return text.toUpperCase()
  const lower = text.toLowerCase()
  return to === 'lower'
    ? lower
    : lower.replace(WORD_START, (_, before: string, letter: string) => before + letter.toUpperCase())
}

function regexOf(source: string, caseSensitive: boolean, global: boolean, what: string): RegExp {
  try {
    return new RegExp(source, `${global ? 'g' : ''}${caseSensitive ? '' : 'i'}u`)
  } catch (error) {
    throw new OperationError(`The ${what} “${source}” is not a valid regular expression: ${(error as Error).message}`)
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function rowMatcher(match: RowMatch): (text: string) => boolean {
  switch (match.kind) {
    case 'empty':
      return (text) => text.trim() === ''
    case 'not-empty':
      return (text) => text.trim() !== ''
    case 'equals': {
      const value = match.caseSensitive ? match.value : match.value.toLowerCase()
      return match.caseSensitive ? (text) => text === value : (text) => text.toLowerCase() === value
    }
    case 'contains': {
      const value = match.caseSensitive ? match.value : match.value.toLowerCase()
      return match.caseSensitive ? (text) => text.includes(value) : (text) => text.toLowerCase().includes(value)
    }
    case 'regex': {
      const re = regexOf(match.value, match.caseSensitive, false, 'filter')
      return (text) => re.test(text)
    }
  }
}

function requireColumns(table: EditedTable, ids: readonly string[]): void {
  for (const id of ids) if (!table.hasColumn(id)) throw new OperationError(`The table has no column ${id}.`)
}

function requireLive(table: EditedTable, rows: readonly number[]): void {
  for (const row of rows) if (row >= table.rowCount) throw new OperationError(`The table has no row ${row}.`)
}

/** Fresh ids for `count` added columns, without reserving them. */
function freshIds(table: EditedTable, count: number): string[] {
  const ids: string[] = []
  for (let n = 1; ids.length < count; n++) if (!table.hasColumn(`x${n}`)) ids.push(`x${n}`)
  return ids
}

export function computeChange(table: EditedTable, op: Operation, fixes?: FixSource): Change {
  const out = new Collector()
  switch (op.op) {
    case 'set-cells':
      for (const cells of op.cells) {
        requireColumns(table, [cells.column])
        requireLive(table, cells.rows)
        cells.rows.forEach((row, i) => {
          if (!table.isDeleted(row)) out.set(row, cells.column, table.cell(row, cells.column), cells.values[i]!)
        })
      }
      break
    case 'replace': {
      const columns = op.columns ?? table.columns.map((c) => c.id)
      requireColumns(table, columns)
      const re = regexOf(op.regex ? op.find : escapeRegex(op.find), op.caseSensitive, true, 'search')
      const replacement = op.replace
      for (const column of columns) {
        table.scan(column, (text, row) => {
          re.lastIndex = 0
          if (!re.test(text)) return
          re.lastIndex = 0
          out.set(row, column, text, op.regex ? text.replace(re, replacement) : text.replace(re, () => replacement))
        })
      }
      break
    }
    case 'trim':
      requireColumns(table, op.columns)
      for (const column of op.columns)
        table.scan(column, (text, row) => out.set(row, column, text, text.replace(EDGE_SPACE, '')))
      break
    case 'change-case':
      requireColumns(table, op.columns)
      for (const column of op.columns)
        table.scan(column, (text, row) => out.set(row, column, text, changeCase(text, op.to)))
      break
    case 'map-values': {
      requireColumns(table, [op.column])
      const map = new Map(Object.entries(op.map))
      table.scan(op.column, (text, row) => {
        const to = map.get(text)
        if (to !== undefined) out.set(row, op.column, text, to)
      })
      break
    }
    case 'set-constant':
      requireColumns(table, [op.column])
      if (op.rows === null) table.scan(op.column, (text, row) => out.set(row, op.column, text, op.value))
      else {
        requireLive(table, op.rows)
        for (const row of op.rows)
          if (!table.isDeleted(row)) out.set(row, op.column, table.cell(row, op.column), op.value)
      }
      break
    case 'apply-fix': {
      requireColumns(table, [op.column])
      if (!fixes) throw new OperationError('Suggested fixes need the column checked against its field first.')
      const fixCell = (text: string, row: number) => {
        const suggestion = fixes.suggestion(row, op.column, op.code, text)
        if (suggestion !== null) out.set(row, op.column, text, suggestion)
      }
      const candidates = op.rows ?? fixes.rowsWith?.(op.column, op.code) ?? null
      if (candidates === null) table.scan(op.column, fixCell)
      else {
        if (op.rows !== null) requireLive(table, op.rows)
        for (const row of candidates)
          if (row < table.rowCount && !table.isDeleted(row)) fixCell(table.cell(row, op.column), row)
      }
      break
    }
    case 'apply-fixes': {
      requireColumns(
        table,
        op.fixes.map((f) => f.column),
      )
      if (!fixes) throw new OperationError('Suggested fixes need the columns checked against their fields first.')
      // A cell with suggestions for two codes takes the first one listed.
      const touched = new Map<string, Set<number>>()
      for (const { column, code } of op.fixes) {
        const done = touched.get(column) ?? new Set<number>()
        touched.set(column, done)
        const fixCell = (text: string, row: number) => {
          if (done.has(row)) return
          const suggestion = fixes.suggestion(row, column, code, text)
          if (suggestion === null || suggestion === text) return
          done.add(row)
          out.set(row, column, text, suggestion)
        }
        const candidates = fixes.rowsWith?.(column, code) ?? null
        if (candidates === null) table.scan(column, fixCell)
        else
          for (const row of candidates)
            if (row < table.rowCount && !table.isDeleted(row)) fixCell(table.cell(row, column), row)
      }
      break
    }
    case 'delete-rows':
      requireLive(table, op.rows)
      for (const row of new Set(op.rows)) if (!table.isDeleted(row)) out.deleted.push(row)
      out.deleted.sort((a, b) => a - b)
      break
    case 'keep-rows': {
      requireColumns(table, [op.column])
      const matches = rowMatcher(op.match)
      table.scan(op.column, (text, row) => {
        if (!matches(text)) out.deleted.push(row)
      })
      break
    }
    case 'split-column': {
      requireColumns(table, [op.column])
      const ids = freshIds(table, op.names.length)
      ids.forEach((id, i) => out.added.push({ id, name: uniqueName(table, op.names[i]!, out.added), sourceName: '' }))
      const last = op.names.length - 1
      table.scan(op.column, (text, row) => {
        const parts = text.split(op.separator)
        for (let i = 0; i <= last; i++) {
          const part = i < last ? parts[i] : parts.slice(last).join(op.separator)
          out.set(row, ids[i]!, '', (part ?? '').trim())
        }
      })
      break
    }
    case 'merge-columns': {
      requireColumns(table, op.columns)
      const [id] = freshIds(table, 1)
      out.added.push({ id: id!, name: uniqueName(table, op.name, out.added), sourceName: '' })
      const cells = op.columns.map(() => new Map<number, string>())
      op.columns.forEach((column, c) => table.scan(column, (text, row) => cells[c]!.set(row, text)))
      table.scan(op.columns[0]!, (_text, row) => {
        const parts = cells.map((m) => m.get(row)!.trim()).filter((part) => part !== '')
        out.set(row, id!, '', parts.join(op.separator))
      })
      break
    }
    case 'merge-rows':
      for (const group of op.groups) {
        requireLive(table, [group.keep, ...group.drop])
        requireColumns(table, Object.keys(group.take))
        for (const [column, from] of Object.entries(group.take))
          out.set(group.keep, column, table.cell(group.keep, column), table.cell(from, column))
        for (const row of group.drop) if (row !== group.keep && !table.isDeleted(row)) out.deleted.push(row)
      }
      out.deleted.sort((a, b) => a - b)
      break
    case 'dedupe-rows':
      dedupeRows(table, op.column, op.compare, out)
      break
  }
  return out.change()
}

/** A value as `dedupe-rows` compares it; '' for none. */
export function dedupeKey(text: string, compare: 'text' | 'email' | 'domain'): string {
  const folded = comparableText(text)
  if (compare !== 'domain') return folded
  return folded
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '')
}

function dedupeRows(table: EditedTable, column: string, compare: 'text' | 'email' | 'domain', out: Collector): void {
  requireColumns(table, [column])
  const keys = new Map<number, string>()
  const live: number[] = []
  table.scan(column, (text, row) => {
    const key = dedupeKey(text, compare)
    if (key === '') out.deleted.push(row)
    else {
      keys.set(row, key)
      live.push(row)
    }
  })
  const groups = groupDuplicates(live, (row) => keys.get(row) ?? null)
  const ids = table.columns.map((c) => c.id)
  for (const group of mergePlan(groups, ids, (row, c) => table.cell(row, ids[c]!))) {
    for (const [id, from] of Object.entries(group.take))
      out.set(group.keep, id, table.cell(group.keep, id), table.cell(from, id))
    out.deleted.push(...group.drop)
  }
  out.deleted.sort((a, b) => a - b)
}

function uniqueName(table: EditedTable, wanted: string, adding: readonly ColumnMeta[]): string {
  const taken = new Set([...table.columns, ...adding].map((c) => c.name.toLowerCase()))
  if (!taken.has(wanted.toLowerCase())) return wanted
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`.toLowerCase())) return `${wanted} (${n})`
}
