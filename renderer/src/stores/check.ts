// Checks the open table against its mapping off the UI thread (a web worker) whenever the table finishes
// loading or the mapping changes, and holds what the grid and the issue panel read: each cell's state and
// message, counts by column and code, and the row filter chosen from the panel.
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, watch } from 'vue'
import type { CheckResult, MappedColumn } from '../../../shared/check/check-table'
import { LiveCheck } from '../../../shared/check/live-check'
import { normalizerFor } from '../../../shared/check/normalizers'
import { fixSourceFor, fixSourceFromCheck } from '../../../shared/check/fix-source'
import type { FixSource } from '../../../shared/operations/compute-change'
import type { HistoryStep } from '../../../shared/operations/history'
import { overridesOf } from '../../../shared/operations/overrides'
import { CheckCancelled, runCheck, type CheckRun } from '../features/check/check-client'
import { cellMessage, nextIssueRow, rowsWithErrors, rowsWithIssue, summarize } from '../features/check/issue-summary'
import { targetsOf } from '../features/mapping/mapping-model'
import { useEditsStore } from './edits'
import { useMappingStore } from './mapping'
import { useOpenFileStore } from './open-file'
import { useProjectStore } from './project'
import {
  markProjectRelations,
  relationKeyOf,
  relationSlot,
  type RelationKey,
  type RelationValues,
} from '../../../shared/check/project-relations'
import { useRelationLookupStore } from './relation-lookup'
import { t } from '../i18n'
import { countryColumnOf } from '../../../shared/check/country-column'
import { rowContextOf, rowLinksOf } from '../../../shared/check/row-contexts'
import type { CellResult } from '../../../shared/fields/cell-result'
import { issueName } from '../features/check/issue-names'
import { markWorkspaceMatches } from '../../../shared/check/workspace-matches'

export type CheckStatus = 'idle' | 'checking' | 'done' | 'failed'

/** Rows the grid shows instead of all of them, and what the panel says about it (in the current language). */
export interface RowFilter {
  readonly label: () => string
  readonly rows: Uint32Array
}

const DEBOUNCE_MS = 200

export const useCheckStore = defineStore('check', () => {
  const files = useOpenFileStore()
  const mapping = useMappingStore()
  const edits = useEditsStore()
  const project = useProjectStore()
  const lookup = useRelationLookupStore()
  const status = ref<CheckStatus>('idle')
  const check = shallowRef<CheckResult | null>(null)
  const error = ref<string | null>(null)
  const filter = shallowRef<RowFilter | null>(null)
  /** Rows whose record the last dry run found in the workspace (1 per row id), marked on their unique cells. */
  const workspaceMatches = shallowRef<Uint8Array | null>(null)
  /** Changes when a new result arrives (the grid repaints its cells). */
  const version = ref(0)
  let run: CheckRun | null = null
  let live: LiveCheck | null = null

  let timer: ReturnType<typeof setTimeout> | undefined

  const mapped = computed<MappedColumn[]>(() => {
    const byPath = new Map(targetsOf(mapping.model, mapping.objectName).map((t) => [t.path, t]))
    return mapping.mapping.rows.flatMap((row) => {
      const target = row.path === null ? undefined : byPath.get(row.path)
      return target ? [{ column: row.column, name: row.name, target }] : []
    })
  })
  /** Table column index -> index into the check's columns. */
  const checkedColumn = computed(() => {
    const map = new Map<number, number>()
    check.value?.columns.forEach((c, i) => map.set(c.mapped.column, i))
    return map
  })
  const summary = computed(() => {
    const table = files.table
    return check.value && table ? summarize(check.value, (c) => table.columns[c]?.id ?? `c${c}`) : null
  })

  /**
   * What the open file's relation columns are checked against: per target (sub)field, the values the project's
   * other files will create and the connected workspace's answers so far.
   */
  function relationValues(columns: readonly MappedColumn[]): {
    sets: RelationValues[]
    keys: Map<string, RelationKey>
  } {
    const keys = new Map<string, RelationKey>()
    const sets: RelationValues[] = []
    for (const { target } of columns) {
      const key = relationKeyOf(target)
      if (key === null) continue
      const slot = relationSlot(key)
      if (keys.has(slot)) continue
      keys.set(slot, key)
      const fromProject = project.relationSets.find((s) => relationSlot(s) === slot)
      const workspace = lookup.answerFor(slot)
      if (!fromProject && !workspace) continue
      sets.push({ ...key, files: fromProject?.files ?? [], values: fromProject?.values ?? new Set(), workspace })
    }
    return { sets, keys }
  }

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    run?.cancel()
    run = null
  }

  function schedule(): void {
    cancel()
    if (!files.table || files.tableState === 'loading') return
    // Checking from now on: nothing reads a result that an edit has already made stale.
    if (mapped.value.length > 0) status.value = 'checking'
    timer = setTimeout(() => void start(), DEBOUNCE_MS)
  }

  async function start(): Promise<void> {
    const table = files.table
    if (!table) return
    const columns = mapped.value
    if (columns.length === 0) {
      check.value = null
      live = null
      status.value = 'idle'
      version.value++
      return
    }
    const country = countryOf(columns, table)
    const edited = edits.history?.table
    const overrides = edited && edited.base === table ? overridesOf(edited) : []
    const deleted =
      edited && edited.base === table && edited.deletedRowCount > 0 ? { deleted: edited.deletedFlags() } : {}
    const allColumns = edited && edited.base === table ? edited.columns : table.columns
    const current = runCheck(
      table,
      columns,
      { settings: { ...mapping.settings }, ...(country ? { countryColumn: country.column } : {}), ...deleted },
      overrides,
      allColumns,
    )
    run = current
    status.value = 'checking'
    error.value = null
    try {
      const result = await current.result
      if (run !== current) return
      // Relation cells naming nothing the project's other files will create (a company domain no companies file has).
      const isDeleted = (row: number) => edits.history?.table.isDeleted(row) ?? false
      const { sets, keys } = relationValues(columns)
      if (sets.length > 0) {
        const marks = markProjectRelations(result, sets, isDeleted)
        // Values neither file will create are asked of the workspace; the answers bring the check back here.
        if (marks.unasked.size > 0)
          void lookup.ask(new Map([...marks.unasked].map(([slot, values]) => [slot, { key: keys.get(slot)!, values }])))
      }
      if (workspaceMatches.value) markWorkspaceMatches(result, workspaceMatches.value, isDeleted)
      check.value = markRaw(result)
      live = markRaw(new LiveCheck(result, (row, column) => edits.cellNow(table, row, column), isDeleted))
      // Still checking while the workspace is asked about relation targets: a dry run waits for its answer.
      status.value = lookup.busy ? 'checking' : 'done'
      version.value++
    } catch (failure) {
      if (failure instanceof CheckCancelled || run !== current) return
      status.value = 'failed'
      error.value = failure instanceof Error ? failure.message : String(failure)
    }
  }

  watch(
    [
      () => files.table,
      () => files.tableState,
      () => mapping.mapping,
      () => mapping.settings,
      () => edits.version,
      () => project.relationSets,
      () => lookup.version,
      workspaceMatches,
    ],
    schedule,
  )
  // Another file (or project file): what a dry run found, and the rows shown, belong to the one before. (A check
  // run again keeps the filter: row ids do not change, and a filter chosen a moment ago must not vanish.)
  watch(
    () => files.table,
    () => {
      workspaceMatches.value = null
      filter.value = null
    },
  )

  /** What a dry run found: these rows' records already exist in the workspace (marked once the check runs again). */
  function setWorkspaceMatches(rows: readonly number[]): void {
    const table = files.table
    if (!table) return
    const flags = new Uint8Array(table.rowCount)
    for (const row of rows) if (row < flags.length) flags[row] = 1
    workspaceMatches.value = markRaw(flags)
  }

  /** Suggested fixes for apply-fix steps: the last check's contexts, and the rows it found with each code. */
  function fixSource(): FixSource | undefined {
    const edited = edits.history?.table
    if (!edited) return undefined
    if (check.value) return fixSourceFromCheck(check.value, edited)
    const byId = new Map(mapped.value.map((m) => [edited.columns[m.column]?.id, m.target]))
    return fixSourceFor(edited, (id) => byId.get(id) ?? null, mapping.settings)
  }

  /** Rechecks every cell a step changed (after an operation, an undo or a redo). */
  function recheckStep(step: HistoryStep): void {
    const edited = edits.history?.table
    if (!live || !edited) return
    const indexOf = new Map(edited.columns.map((c, i) => [c.id, i]))
    live.settle(step.change, edited, (id) => {
      const column = indexOf.get(id)
      return column === undefined ? undefined : checkedColumn.value.get(column)
    })
    version.value++
  }

  /** Whether the first cell with an issue of `code` in a column carries a suggestion (so "Fix all" can help). */
  function hasSuggestion(mappedIndex: number, code: string): boolean {
    const result = check.value
    if (!result) return false
    const list = result.cellIssues
    for (let i = 0; i < list.length; i++) {
      if (list.columnAt(i) === mappedIndex && list.kindAt(i).code === code)
        return list.at(i).issue.suggestion !== undefined
    }
    return false
  }

  /** The suggested value of the first issue on a cell that has one, from the cell as it is now. */
  function suggestionOf(row: number, column: number): string | undefined {
    const at = checkedColumn.value.get(column)
    const table = files.table
    const checked = at === undefined ? undefined : check.value?.columns[at]
    if (!checked || !table) return undefined
    const result = normalizerFor(checked.mapped.target)(edits.cellNow(table, row, column), checked.context)
    return result.issues.find((issue) => issue.suggestion !== undefined)?.suggestion
  }

  /**
   * What Twenty receives for a cell, as the check reads it (with its row's country and other parts); an edited
   * cell is read again as it is now. Undefined when the column is not checked (not imported) or not yet.
   */
  function receivedOf(
    row: number,
    column: number,
  ): { readonly field: string; readonly result: CellResult } | undefined {
    const at = checkedColumn.value.get(column)
    const table = files.table
    const checked = at === undefined ? undefined : check.value?.columns[at]
    if (!checked || !table || row >= table.rowCount) return undefined
    const id = edits.history?.table.columns[column]?.id
    let result: CellResult
    if (id !== undefined && edits.isEdited(row, id)) {
      // Read again as it is now, in its row's context as it is now (its country, a phone's other parts).
      const mappedColumns = check.value!.columns.map((c) => c.mapped)
      const country = countryOf(mappedColumns, table)
      const context = rowContextOf(checked.mapped, country?.column, rowLinksOf(mappedColumns), (c) =>
        edits.cellNow(table, row, c),
      )
      result = normalizerFor(checked.mapped.target)(edits.cellNow(table, row, column), checked.context, context)
    } else result = checked.resultAt(row)
    return { field: checked.mapped.target.label, result }
  }

  /** The rows' country column: one mapped to an address's country, else the one the settings name. */
  function countryOf(
    columns: readonly MappedColumn[],
    table: { readonly columns: readonly { readonly name: string }[] },
  ): { column: number } | undefined {
    return countryColumnOf(
      columns,
      (m) => m.target.subfield === 'addressCountry',
      table.columns.map((c) => c.name),
      mapping.settings.countryColumn,
    )
  }

  function stateOf(row: number, column: number): number {
    const at = checkedColumn.value.get(column)
    return at === undefined ? 0 : (check.value?.cellStates[at]?.[row] ?? 0)
  }

  function messageOf(row: number, column: number): string | undefined {
    const at = checkedColumn.value.get(column)
    return at === undefined || !check.value ? undefined : cellMessage(check.value, at, row)
  }

  function showErrorRows(): void {
    if (check.value)
      filter.value = markRaw({ label: () => t('issuePanel.rowsWithErrors'), rows: rowsWithErrors(check.value) })
  }

  function showIssue(mappedIndex: number, code: string): void {
    if (!check.value) return
    const name = check.value.columns[mappedIndex]?.mapped.name ?? ''
    filter.value = markRaw({
      label: () => t('issuePanel.issueInColumn', { issue: issueName(code), column: name }),
      rows: rowsWithIssue(check.value, mappedIndex, code),
    })
  }

  /** Shows only these rows (ascending row ids), e.g. the rows behind a number of the dry run. */
  function setFilter(label: () => string, rows: Uint32Array): void {
    filter.value = markRaw({ label, rows })
  }

  function clearFilter(): void {
    filter.value = null
  }

  /** The row id of the next (or previous) row with an issue from `row`, within the filter. */
  function nextIssue(row: number, step: 1 | -1): number | null {
    const table = files.table
    return check.value && table
      ? nextIssueRow(check.value, row, step, filter.value?.rows ?? null, table.rowCount)
      : null
  }

  return {
    status,
    check,
    error,
    filter,
    version,
    summary,
    mapped,
    stateOf,
    messageOf,
    receivedOf,
    showErrorRows,
    showIssue,
    setFilter,
    clearFilter,
    setWorkspaceMatches,
    nextIssue,
    recheckStep,
    fixSource,
    hasSuggestion,
    suggestionOf,
  }
})
