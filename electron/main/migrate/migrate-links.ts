// A migration's links at push time. Files go in import order; as each is read, its rows are indexed by source
// key and name, and its link columns are resolved against the files before it: a value names a row (offline),
// and that row's record got an id (the id the push sent, or the one the server matched, or the journal's from
// an earlier run), which goes as the relation's join column. A many-to-one relation fed by several values takes
// the first that resolves. A value naming no row, more than one row (a name two rows share), a row of another
// Salesforce object (key prefix) or a row that did not land is listed with its file, row and column, and the
// relation is left empty; the rest of the row lands. A dry run counts a value resolved when it names a row.
// Counts per link (`stats`) are what a links panel shows ("29 of 30 found").
// Owner links (`member`) name a workspace member by full name or email (set by setMembers, read by the caller,
// never created), or by a user id read through the users file to an email; a name no member has is listed
// (`not-member`) and the owner left empty. Target links (a note's or task's
// associations) are resolved only once every file landed (targetRows): one noteTarget / taskTarget per value,
// keyed by the note's record id and the named row's source key, so a rerun finds it in its journal.
// A note or task without a title column gets its body's first line as title.
// A join file (`via`) is read through the run's table cache when the project has one (tableCacheOf).
import { basename } from 'node:path'
import type { FileLink, LinkVia, SourceSystem } from '../../../shared/migrate/migration-schema'
import { MemberIndex, type WorkspaceMember } from '../../../shared/migrate/member-index'
import { isTrueValue } from '../../../shared/migrate/presets'
import { sourceKeyOf, splitLinkValues } from '../../../shared/migrate/source-ids'
import type { ProjectFile, ProjectSource } from '../../../shared/project/project-file'
import { toApiRecord, type ApiRecord } from '../../../shared/twenty-format/to-api-record'
import type { JsonValue } from '../../../shared/fields/cell-result'
import { findObject, type ObjectModel, type WorkspaceModel } from '../../../shared/model/workspace-model'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { loadTable } from '../files/load-table'
import { sourcePathOf } from '../project/project-store'
import { tableCacheOf, type TableLoader } from '../files/table-cache'
import { MISSING, RowIndex } from './migrate-row-index'
import type { PreparedCheck, WorkerPaths } from '../project/prepare-check'

export type UnresolvedReason =
  'missing' | 'ambiguous' | 'other-object' | 'not-landed' | 'not-member' | 'member-ambiguous'

export interface UnresolvedLink {
  readonly file: string
  /** The spreadsheet row (header counted). */
  readonly row: number
  readonly column: string
  readonly value: string
  readonly reason: UnresolvedReason
}

/** What a push needs from a migration for one file's rows (row ids of the checked table). */
export interface RowHooks {
  /** The row's source system record id (its journal row key becomes `src:<key>`), or null. */
  sourceKey(row: number): string | null
  /** Relation field -> the id of the record an earlier file's row got. */
  relationIds(row: number): ReadonlyMap<string, string>
  /** The row's record landed (created, updated, unchanged) or, in a dry run, was found, under `id`. */
  landed(row: number, id: string): void
  /** Fields the row's record gets where it sets none itself (a note's title from its body's first line). */
  fields?(row: number): Readonly<Record<string, JsonValue>>
}

/** One note or task file's target records, once every file landed (what push/push-targets.ts pushes). */
export interface TargetRows {
  readonly fileId: string
  readonly path: string
  /** The join object (noteTarget, taskTarget). */
  readonly object: ObjectModel
  /** `cell`: the association value it comes from (file, spreadsheet row, column), for a target the workspace refuses. */
  readonly rows: { readonly key: string; readonly record: ApiRecord; readonly cell: PendingTarget['cell'] }[]
  /** Dry run: targets that name a row but whose note or record is not in the workspace yet (they would be created). */
  readonly unplanned: number
}

interface PendingTarget {
  readonly row: number
  readonly link: FileLink
  readonly stats: LinkStats
  readonly cell: { readonly value: string; readonly file: string; readonly row: number; readonly column: string }
}

/** One link's counts, for a links panel: "Contacts → Companies by Associated Company IDs: 29 of 30 found". */
export interface LinkStats {
  readonly file: string
  readonly column: string
  readonly field: string
  readonly target: string
  /** Values that named a row (and, in a push, a row whose record landed). */
  resolved: number
  /** Every value the column (or join file) gave. */
  total: number
}

/** Where a link value comes from: the file, its spreadsheet row and column (a join file's, for a link `via` it). */
interface LinkCell {
  readonly value: string
  readonly file: string
  readonly row: number
  readonly column: string
}

interface IndexedFile {
  readonly index: RowIndex
  readonly landed: Map<number, string>
  readonly system: SourceSystem
}

export class ProjectLinks {
  private readonly files = new Map<string, IndexedFile>()
  private readonly rowCounts = new Map<string, number>()
  resolved = 0
  readonly unresolved: UnresolvedLink[] = []
  /** Per file id and link, in the order resolved. */
  readonly stats: LinkStats[] = []
  private members: MemberIndex | null = null
  private readonly targets = new Map<string, { path: string; object: ObjectModel; pending: PendingTarget[] }>()

  constructor(
    private readonly projectPath: string,
    private readonly workers: WorkerPaths,
    private readonly dryRun: boolean,
  ) {}

  /** Whether a project has anything for this to do (a migration's source keys or links). */
  static needed(project: ProjectFile): boolean {
    return project.files.some((file) => file.source !== undefined || (file.links?.length ?? 0) > 0)
  }

  /** Whether a project has owner links, so the workspace's members must be read. */
  static needsMembers(project: ProjectFile): boolean {
    return project.files.some((file) => (file.links ?? []).some((link) => link.kind === 'member'))
  }

  /** The workspace's members owner links are matched against (read by the caller, never created). */
  setMembers(members: readonly WorkspaceMember[]): void {
    this.members = new MemberIndex(members)
  }

  /** Records how many rows a file that is not a project file has (a note file's targets). */
  setRows(id: string, rows: number): void {
    this.rowCounts.set(id, rows)
  }

  /** Rows read from a file (after its recipe: Salesforce's deleted rows left out), by file id. */
  rowsOf(fileId: string): number | undefined {
    return this.rowCounts.get(fileId)
  }

  /** Indexes a prepared file and resolves its links against the files before it; undefined when it has none of either. */
  async forFile(file: ProjectSource, prepared: PreparedCheck): Promise<RowHooks | undefined> {
    const table = prepared.loaded.table
    this.rowCounts.set(file.id, table.rowCount)
    if (file.source === undefined && (file.links?.length ?? 0) === 0) return undefined
    const system: SourceSystem = file.source?.system ?? 'other'
    const column = (name: string | null | undefined) => (name ? table.columns.findIndex((c) => c.name === name) : -1)
    const keyColumn = column(file.source?.keyColumn)
    const nameColumn = column(file.source?.nameColumn)
    const cellsOf = (column: number) => (column < 0 ? null : (row: number) => table.cell(row, column))
    const index = new RowIndex(system, table.rowCount, cellsOf(keyColumn), cellsOf(nameColumn))
    const landed = new Map<number, string>()
    this.files.set(file.id, { index, landed, system })

    const ids = new Map<number, Map<string, string>>()
    const name = basename(file.path)
    const links = file.links ?? []
    for (const link of links) {
      const values = link.via ? await this.viaValues(link.via, system, tableCacheOf(file)?.load ?? loadTable) : null
      const col = column(link.column)
      if (col < 0) continue
      const target = this.files.get(link.target)
      const siblings = links.filter((l) => l !== link && l.column === link.column && l.via === undefined)
      const firstOfColumn =
        link.via !== undefined || links.find((l) => l.column === link.column && l.via === undefined) === link
      const stats: LinkStats = {
        file: file.id,
        column: link.via ? `${basename(link.via.path)} ${link.via.to}` : link.column,
        field: link.field,
        target: link.target,
        resolved: 0,
        total: 0,
      }
      this.stats.push(stats)
      if (link.kind === 'target') {
        // Resolved once every file landed: the records it names may come from files after this one.
        const entry = this.targets.get(file.id) ?? {
          path: sourcePathOf(this.projectPath, file.path),
          object: prepared.object,
          pending: [],
        }
        this.targets.set(file.id, entry)
        for (let row = 0; row < table.rowCount; row++) {
          if (prepared.check.rowHasError[row]) continue
          for (const value of splitLinkValues(table.cell(row, col))) {
            const cell = { value, file: name, row: table.sourceRow(row), column: link.column }
            // A polymorphic id (Salesforce's ParentId, WhatId) goes to the link of its key prefix; one no link of the
            // column takes is reported once, by the column's first link.
            if (link.prefix !== undefined && !value.startsWith(link.prefix)) {
              if (siblings.some((s) => s.prefix !== undefined && value.startsWith(s.prefix)) || !firstOfColumn) continue
              stats.total++
              this.unresolved.push({ ...cell, reason: 'other-object' })
              continue
            }
            entry.pending.push({ row, link, stats, cell })
          }
        }
        continue
      }
      if (link.kind === 'member') {
        for (let row = 0; row < table.rowCount; row++) {
          if (prepared.check.rowHasError[row]) continue
          const value = table.cell(row, col).trim()
          if (value === '') continue
          stats.total++
          const cell = { value, file: name, row: table.sourceRow(row), column: link.column }
          // An owner id (Salesforce's OwnerId) is read through the users file to the user's email.
          const named = values ? values.get(sourceKeyOf(system, value) ?? '')?.[0]?.value : value
          if (named === undefined) {
            this.unresolved.push({ ...cell, reason: 'missing' })
            continue
          }
          const found = this.members?.find(named) ?? { kind: 'missing' as const }
          if (found.kind !== 'found') {
            this.unresolved.push({ ...cell, reason: found.kind === 'missing' ? 'not-member' : 'member-ambiguous' })
            continue
          }
          this.resolved++
          stats.resolved++
          let rowIds = ids.get(row)
          if (rowIds === undefined) ids.set(row, (rowIds = new Map<string, string>()))
          if (!rowIds.has(link.field)) rowIds.set(link.field, found.id)
        }
        continue
      }
      // A value's cell (file, spreadsheet row, column) is made only when the value is listed as unresolved.
      const cellAt = (row: number, value: string): LinkCell => ({
        value,
        file: name,
        row: table.sourceRow(row),
        column: link.column,
      })
      const visit = (row: number, value: string, via: LinkCell | undefined): void => {
        // A polymorphic id (Salesforce WhoId) belongs to the link whose key prefix it carries.
        // One that none of the column's links takes is reported once, by the column's first link.
        const other = link.prefix !== undefined && !value.startsWith(link.prefix)
        if (other && (siblings.some((s) => s.prefix !== undefined && value.startsWith(s.prefix)) || !firstOfColumn))
          return
        stats.total++
        if (link.prefix && !value.startsWith(link.prefix)) {
          this.unresolved.push({ ...(via ?? cellAt(row, value)), reason: 'other-object' })
          return
        }
        const found = target === undefined ? MISSING : target.index.lookup(link.by, value)
        if (found < 0) {
          this.unresolved.push({ ...(via ?? cellAt(row, value)), reason: found === MISSING ? 'missing' : 'ambiguous' })
          return
        }
        const id = target!.landed.get(found)
        if (id === undefined && !this.dryRun) {
          this.unresolved.push({ ...(via ?? cellAt(row, value)), reason: 'not-landed' })
          return
        }
        this.resolved++
        stats.resolved++
        if (id === undefined) return
        let rowIds = ids.get(row)
        if (rowIds === undefined) ids.set(row, (rowIds = new Map<string, string>()))
        if (!rowIds.has(link.field)) rowIds.set(link.field, id)
      }
      for (let row = 0; row < table.rowCount; row++) {
        if (prepared.check.rowHasError[row]) continue
        const text = table.cell(row, col)
        if (values) {
          for (const cell of values.get(sourceKeyOf(system, text) ?? '') ?? []) visit(row, cell.value, cell)
        } else if (!text.includes(';')) {
          // One value (most cells): what splitLinkValues gives, without its list.
          const value = text.trim()
          if (value !== '') visit(row, value, undefined)
        } else for (const value of splitLinkValues(text)) visit(row, value, undefined)
      }
    }
    const none: ReadonlyMap<string, string> = new Map()
    const titleFrom = titleColumnOf(file, prepared.object, table.columns)
    return {
      sourceKey: (row) => (keyColumn < 0 ? null : sourceKeyOf(system, table.cell(row, keyColumn))),
      relationIds: (row) => ids.get(row) ?? none,
      landed: (row, id) => void landed.set(row, id),
      ...(titleFrom < 0 ? {} : { fields: (row: number) => firstLineTitle(table.cell(row, titleFrom)) }),
    }
  }

  /**
   * The target records of each note or task file, resolved now that every file landed: one per value naming a row
   * whose record landed, keyed `<note id>><field>:<source key>`. Values naming no row, or a row that did not land,
   * are listed as unresolved. Files whose object has no join object in the model are listed and skipped.
   */
  targetRows(model: WorkspaceModel): TargetRows[] {
    const out: TargetRows[] = []
    for (const [fileId, { path, object, pending }] of this.targets) {
      const join = findObject(model, `${object.nameSingular}Target`)
      const own = this.files.get(fileId)!
      const joinColumn = (targetSingular: string) =>
        join?.fields.find(
          (f) =>
            f.relation?.type === 'MANY_TO_ONE' &&
            findObject(model, f.relation.targetObject)?.nameSingular === targetSingular,
        )?.relation?.joinColumn
      const noteColumn = joinColumn(object.nameSingular)
      if (join === undefined || noteColumn === undefined) continue
      const rows: { key: string; record: ApiRecord; cell: PendingTarget['cell'] }[] = []
      const seen = new Set<string>()
      let unplanned = 0
      for (const { row, link, stats, cell } of pending) {
        stats.total++
        const target = this.files.get(link.target)
        const found = target === undefined ? MISSING : target.index.lookup(link.by, cell.value)
        if (found < 0) {
          this.unresolved.push({ ...cell, reason: found === MISSING ? 'missing' : 'ambiguous' })
          continue
        }
        const noteId = own.landed.get(row)
        const targetId = target!.landed.get(found)
        if (targetId === undefined && !this.dryRun) {
          this.unresolved.push({ ...cell, reason: 'not-landed' })
          continue
        }
        this.resolved++
        stats.resolved++
        // A note that did not land (refused) has no targets; in a dry run, a new note's targets are new too.
        const column = join.fields.find((f) => f.name === link.field && f.relation?.type === 'MANY_TO_ONE')?.relation
          ?.joinColumn
        if (noteId === undefined || targetId === undefined || column === undefined) {
          if (this.dryRun) unplanned++
          continue
        }
        const key = `${noteId}>${link.field}:${sourceKeyOf(target!.system, cell.value) ?? cell.value}`
        if (seen.has(key)) continue
        seen.add(key)
        rows.push({ key, record: { [noteColumn]: noteId, [column]: targetId }, cell })
      }
      out.push({ fileId, path, object: join, rows, unplanned })
    }
    return out
  }

  /** A join file's values per source key of this file (`OpportunityId` -> its `ContactId`s), primary rows first. */
  private async viaValues(
    via: LinkVia,
    system: SourceSystem,
    load: TableLoader,
  ): Promise<Map<string, { value: string; file: string; row: number; column: string }[]>> {
    const path = sourcePathOf(this.projectPath, via.path)
    const { table } = await load(path, { workerPath: this.workers.parse }).catch((error: unknown) => {
      throw new UserError(
        PIPELINE_FAILED,
        `The link file ${path} cannot be read: ${error instanceof UserError ? error.message : String(error)}`,
      )
    })
    const at = (name: string | undefined) => (name === undefined ? -1 : table.columns.findIndex((c) => c.name === name))
    const [from, to, primary, deleted] = [at(via.from), at(via.to), at(via.primary), at(via.deleted)]
    if (from < 0 || to < 0)
      throw new UserError(PIPELINE_FAILED, `The link file ${path} has no column "${from < 0 ? via.from : via.to}".`)
    const byKey = new Map<string, { value: string; file: string; row: number; column: string; primary: boolean }[]>()
    for (let row = 0; row < table.rowCount; row++) {
      if (deleted >= 0 && isTrueValue(table.cell(row, deleted))) continue
      const key = sourceKeyOf(system, table.cell(row, from))
      const value = table.cell(row, to).trim()
      if (key === null || value === '') continue
      const list = byKey.get(key) ?? []
      list.push({
        value,
        file: basename(path),
        row: table.sourceRow(row),
        column: via.to,
        primary: primary >= 0 && isTrueValue(table.cell(row, primary)),
      })
      byKey.set(key, list)
    }
    const out = new Map<string, { value: string; file: string; row: number; column: string }[]>()
    for (const [key, list] of byKey)
      out.set(
        key,
        [...list.filter((x) => x.primary), ...list.filter((x) => !x.primary)].map(({ primary: _p, ...rest }) => rest),
      )
    return out
  }
}

/** The column a note's or task's title comes from (its body's), or -1 when the object has no title or a column sets it. */
function titleColumnOf(
  file: ProjectSource,
  object: ObjectModel,
  columns: readonly { readonly name: string }[],
): number {
  if (!object.fields.some((f) => f.name === 'title')) return -1
  const mapped = Object.entries(file.mapping.columns)
  if (mapped.some(([, path]) => path === 'title')) return -1
  const body = mapped.find(([, path]) => path !== null && /^bodyV2\.markdown$|^body$/.test(path))
  return body === undefined ? -1 : columns.findIndex((c) => c.name === body[0])
}

/** A title from a body: its first line that holds text, trimmed. */
export function firstLineTitle(body: string): Readonly<Record<string, JsonValue>> {
  const line = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '')
  return line === undefined ? {} : { title: line }
}

/** A row's record with its links as join columns, where it does not already set that relation itself. */
export function withLinks(
  object: ObjectModel,
  record: ApiRecord,
  ids: ReadonlyMap<string, string>,
): { record: ApiRecord; added: number } {
  if (ids.size === 0) return { record, added: 0 }
  const out: Record<string, JsonValue> = { ...record }
  let added = 0
  for (const [field, id] of ids) {
    if (out[field] !== undefined) continue
    for (const [column, value] of Object.entries(toApiRecord({}, { object, relationIds: new Map([[field, id]]) }))) {
      if (out[column] !== undefined) continue
      out[column] = value
      added++
    }
  }
  return { record: out, added }
}
