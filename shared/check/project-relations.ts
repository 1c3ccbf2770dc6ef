// Cross-file and workspace relation checks: a person's company domain should be one the project's companies
// file will create, or one the connected workspace already holds. A relation cell whose value the project's
// files of the target object do not hold gets a warning while the workspace has not been asked (offline, or
// the answer still on its way); once the workspace has been asked and holds none either, it is an error: the
// push would refuse the row ("Expected 1 record to connect…"), so it is kept out like any other error.
// Runs after the check, once per distinct value of a column.
import type { CellIssue } from '../fields/cell-result'
import { worded } from '../fields/scalar/wording'
import type { FieldTarget } from '../fields/targets'
import type { RelationKey } from '../project/project-keys'

export type { RelationKey }
import { CELL_ERROR, CELL_FIXED, CELL_OK, CELL_WARNING, type CheckResult } from './check-table'

export const RELATION_NOT_IN_PROJECT = 'RELATION_NOT_IN_PROJECT' as const
export const RELATION_TARGET_MISSING = 'RELATION_TARGET_MISSING' as const

/** What the connected workspace said about a relation's target values. */
export interface WorkspaceAnswer {
  readonly name: string
  /** Values asked so far, and those of them the workspace holds. */
  readonly asked: ReadonlySet<string>
  readonly found: ReadonlySet<string>
}

/** The values a relation can link to for one unique (sub)field of one object. */
export interface RelationValues extends RelationKey {
  /** The project's files of that object, by name (empty: none in the project). */
  readonly files: readonly string[]
  /** What those files will create. */
  readonly values: ReadonlySet<string>
  /** The connected workspace's answers; null when there is no workspace to ask. */
  readonly workspace: WorkspaceAnswer | null
}

/** The key a relation target's cells name, or null for a target that is not a relation or links by id. */
export function relationKeyOf(target: FieldTarget): RelationKey | null {
  const relation = target.relation
  if (target.kind !== 'relation' || relation === undefined || relation.targetField.name === 'id') return null
  return {
    object: relation.targetObject.nameSingular,
    field: relation.targetField.name,
    subfield: relation.targetSubfield,
  }
}

/** A relation slot's identity: object, field and subfield. */
export function relationSlot(key: RelationKey): string {
  return `${key.object}\u0000${key.field}\u0000${key.subfield ?? ''}`
}

export interface RelationMarks {
  /** Cells marked, per checked column index. */
  readonly byColumn: ReadonlyMap<number, number>
  /** Per slot (relationSlot), values neither in the project nor asked of the workspace yet. */
  readonly unasked: ReadonlyMap<string, ReadonlySet<string>>
}

const FOUND = 0
const PENDING = 1
const MISSING = 2

/**
 * Marks each relation cell (of a row still in the table, without an issue of its own) whose normalised value is
 * in none of the project's files of its target: RELATION_TARGET_MISSING (error) when the workspace was asked
 * and holds none, else RELATION_NOT_IN_PROJECT (warning) when the project has files of that object.
 */
export function markProjectRelations(
  check: CheckResult,
  sets: readonly RelationValues[],
  isDeleted: (row: number) => boolean = () => false,
): RelationMarks {
  const byColumn = new Map<number, number>()
  const unasked = new Map<string, Set<string>>()
  check.columns.forEach((column, mapped) => {
    const key = relationKeyOf(column.mapped.target)
    const relation = column.mapped.target.relation
    if (key === null || relation === undefined) return
    const slot = relationSlot(key)
    const set = sets.find((s) => relationSlot(s) === slot)
    if (set === undefined) return
    const target = relation.targetObject.labelSingular.toLowerCase()
    const field = relation.targetField.label.toLowerCase()
    const files = filesParams(set.files)
    const pending = worded('warning', `${RELATION_NOT_IN_PROJECT}.${files.key}`, { target, field, ...files.params })
    const missing: CellIssue | null =
      set.workspace &&
      worded('error', `${RELATION_TARGET_MISSING}.${files.key === 'project' ? 'workspace' : files.key}`, {
        target,
        field,
        workspace: set.workspace.name,
        ...files.params,
      })
    const slotUnasked = new Set<string>()
    const states = check.cellStates[mapped]!
    const { ids, distinct } = column.index
    // Per distinct value id: FOUND, PENDING or MISSING; -1 until read.
    const verdicts = distinct ? new Int8Array(column.index.values.length).fill(-1) : null
    let marked = 0
    for (let row = 0; row < ids.length; row++) {
      const state = states[row]!
      if ((state !== CELL_OK && state !== CELL_FIXED) || isDeleted(row)) continue
      const id = ids[row]!
      let verdict = verdicts?.[id] ?? -1
      if (verdict === -1) {
        const value = column.resultAt(row).value
        verdict = FOUND
        if (typeof value === 'string' && value !== '' && !set.values.has(value)) {
          if (set.workspace?.asked.has(value)) verdict = set.workspace.found.has(value) ? FOUND : MISSING
          else {
            if (set.workspace) slotUnasked.add(value)
            verdict = set.files.length > 0 ? PENDING : FOUND
          }
        }
        if (verdicts) verdicts[id] = verdict
      }
      if (verdict === FOUND) continue
      if (verdict === MISSING && missing) {
        check.cellIssues.push(row, mapped, missing)
        states[row] = CELL_ERROR
        check.rowHasError[row] = 1
      } else {
        check.cellIssues.push(row, mapped, pending)
        states[row] = CELL_WARNING
      }
      marked++
    }
    if (marked > 0) byColumn.set(mapped, marked)
    if (slotUnasked.size > 0) unasked.set(slot, slotUnasked)
  })
  return { byColumn, unasked }
}

/** How a message names the project's files of an object: the project (none), its file, or its files and the last. */
function filesParams(files: readonly string[]): { key: 'project' | 'file' | 'files'; params: Record<string, string> } {
  if (files.length === 0) return { key: 'project', params: {} }
  if (files.length === 1) return { key: 'file', params: { file: files[0]! } }
  return { key: 'files', params: { files: files.slice(0, -1).join(', '), last: files[files.length - 1]! } }
}
