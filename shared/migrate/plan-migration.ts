// A folder of CRM exports as a project: which file is which object, each column's field (the preset's, then
// auto-mapping for the rest), the column holding the source id (never mapped to Twenty's `id`), the links
// between files (by the preset's names, then by content: a column whose values are another file's source ids or
// names), rows the export marks deleted left out and fixed-meaning values mapped, as recipe steps the app shows
// and replays. Notes and tasks are preset files whose association columns are `target` links (kept only when the
// model has the join object, noteTarget / taskTarget, with that relation); owner columns are `member` links
// (kept only when the object has that relation to workspaceMember). Pure: the caller reads the files. Item 5
// plugs in as a file planned more than once.
import type { MappingFile } from '../check/mapping-file'
import { listTargets } from '../model/list-targets'
import { findObject, type ObjectModel, type WorkspaceModel } from '../model/workspace-model'
import { suggestMapping } from '../mapping'
import type { Operation } from '../operations/operation'
import { LinkIndex } from './link-index'
import { MEMBERS_TARGET, type FileLink, type FileSource, type SourceSystem } from './migration-schema'
import {
  detectPreset,
  headerIn,
  isPresetUsers,
  presetFileOf,
  presetJoinOf,
  type Preset,
  type PresetFile,
} from './presets'
import { splitLinkValues } from './source-ids'

const SAMPLE_SIZE = 200
/** A column is an association by content when this share of its values names rows of another file. */
const CONTENT_SHARE = 0.9
const MIN_DISTINCT = 2
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface MigrationInputFile {
  /** Absolute path. */
  readonly path: string
  /** The file name without folder and extension (`Account`, `hubspot-companies`). */
  readonly baseName: string
  readonly columns: readonly { readonly id: string; readonly name: string }[]
  readonly rowCount: number
  cell(row: number, column: number): string
}

export interface PlannedFile {
  readonly id: string
  readonly path: string
  readonly object: string
  readonly columns: readonly { id: string; name: string }[]
  readonly mapping: MappingFile
  readonly source: FileSource
  readonly links: FileLink[]
  readonly operations: Operation[]
}

export interface MigrationPlan {
  readonly system: SourceSystem
  readonly files: PlannedFile[]
  /** Files not planned, and why (a join file is planned as a link of another file, not listed here). */
  readonly ignored: { readonly path: string; readonly reason: string }[]
  /** Columns the preset names that this workspace cannot take (no noteTarget object, no owner relation), and why. */
  readonly leftOut: { readonly path: string; readonly column: string; readonly reason: string }[]
}

type Working = PlannedFile & {
  readonly role: string
  readonly input: MigrationInputFile
  readonly presetFile: PresetFile | null
}

export function planMigration(input: {
  readonly files: readonly MigrationInputFile[]
  readonly preset: Preset | null | 'auto'
  readonly model: WorkspaceModel
}): MigrationPlan {
  const { files, model } = input
  const preset =
    input.preset === 'auto'
      ? detectPreset(files.map((f) => ({ baseName: f.baseName, headers: f.columns.map((c) => c.name) })))
      : input.preset
  const system: SourceSystem = preset?.system ?? 'other'
  const ignored: { path: string; reason: string }[] = []
  const leftOut: { path: string; column: string; reason: string }[] = []
  const planned: Working[] = []
  const joins: { input: MigrationInputFile; join: NonNullable<ReturnType<typeof presetJoinOf>> }[] = []
  const ids = new Set<string>()
  let users: MigrationInputFile | null = null

  for (const file of files) {
    const headers = file.columns.map((c) => c.name)
    if (preset && isPresetUsers(preset, file.baseName, headers)) {
      users = file
      continue
    }
    const join = preset ? presetJoinOf(preset, file.baseName, headers) : null
    if (join) {
      joins.push({ input: file, join })
      continue
    }
    const presetFile = preset ? presetFileOf(preset, file.baseName, headers) : null
    const objectName = presetFile?.object ?? objectFromFileName(file.baseName, model)
    const object = objectName === null ? undefined : findObject(model, objectName)
    if (object === undefined) {
      ignored.push({
        path: file.path,
        reason: `${preset ? `It is not a ${preset.label} export Preflight knows, and its` : 'Its'} name does not say which object its rows are (name it after one: companies, people, opportunities…).`,
      })
      continue
    }
    const role = presetFile?.role ?? object.namePlural
    const id = uniqueId(role, ids)
    const keyColumn = presetFile ? (headerIn(headers, presetFile.keyColumn) ?? null) : keyColumnOf(file)
    const nameColumn = presetFile?.nameColumn
      ? (headerIn(headers, presetFile.nameColumn) ?? null)
      : (nameColumnOf(headers, object) ?? null)
    planned.push({
      id,
      role,
      input: file,
      presetFile,
      path: file.path,
      object: object.namePlural,
      columns: file.columns.map((c) => ({ id: c.id, name: c.name })),
      mapping: { object: object.namePlural, columns: {} },
      source: { system, keyColumn, nameColumn },
      links: [],
      operations: [],
    })
  }

  // Links the preset names: joins first (a deal's primary contact role wins over its ContactId column).
  const byRole = new Map(planned.map((p) => [p.role, p]))
  for (const { input: joinFile, join } of joins) {
    const from = byRole.get(join.role)
    const to = byRole.get(join.target)
    if (!from || !to || from.source.keyColumn === null) continue
    const headers = joinFile.columns.map((c) => c.name)
    from.links.push({
      column: from.source.keyColumn,
      field: join.field,
      target: to.id,
      by: 'key',
      via: {
        path: joinFile.path,
        from: headerIn(headers, join.from)!,
        to: headerIn(headers, join.to)!,
        ...(join.primary && headerIn(headers, join.primary) ? { primary: headerIn(headers, join.primary)! } : {}),
        ...(join.deletedColumn && headerIn(headers, join.deletedColumn)
          ? { deleted: headerIn(headers, join.deletedColumn)! }
          : {}),
      },
    })
  }
  for (const file of planned) {
    const headers = file.columns.map((c) => c.name)
    const object = findObject(model, file.object)!
    for (const link of file.presetFile?.links ?? []) {
      const column = headerIn(headers, link.column)
      if (column === undefined) continue
      if (link.kind === 'member') {
        // An owner fills a relation to workspaceMember the workspace has (Twenty's person has no owner).
        if (relationTo(object, link.field, model) !== 'workspaceMember') {
          // Twenty's person has no owner: that column is simply not imported. Another object's missing relation is said.
          if (object.nameSingular !== 'person')
            leftOut.push({
              path: file.path,
              column,
              reason: `${object.labelPlural} in this workspace have no ${link.field} relation to a workspace member, so the owners are not imported.`,
            })
          continue
        }
        if (link.by === 'key') {
          // Owner ids (Salesforce's OwnerId) name users: the users file tells their emails.
          const usersSpec = preset?.users
          const userHeaders = users?.columns.map((c) => c.name) ?? []
          if (users === null || usersSpec === undefined) {
            leftOut.push({
              path: file.path,
              column,
              reason: `Its values are user ids, and the export has no ${usersSpec ? 'User.csv' : 'users file'} saying whose they are, so the owners are not imported. Add the users export to the folder and plan again.`,
            })
            continue
          }
          const via = {
            path: users.path,
            from: headerIn(userHeaders, usersSpec.key)!,
            to: headerIn(userHeaders, usersSpec.email)!,
          }
          file.links.push({ column, field: link.field, target: MEMBERS_TARGET, by: 'key', kind: 'member', via })
          continue
        }
        file.links.push({ column, field: link.field, target: MEMBERS_TARGET, by: 'name', kind: 'member' })
        continue
      }
      const target = byRole.get(link.target)
      if (target === undefined) continue
      if (link.kind === 'target') {
        // One noteTarget / taskTarget per value: the join object must have a relation `field` to the target's object.
        const join = targetObjectOf(object, model)
        if (
          join === undefined ||
          relationTo(join, link.field, model) !== findObject(model, target.object)?.nameSingular
        ) {
          leftOut.push({
            path: file.path,
            column,
            reason: `The workspace has no ${object.nameSingular}Target object with a ${link.field} relation, so these ${object.labelPlural.toLowerCase()} are not attached to the records the column names.`,
          })
          continue
        }
        file.links.push({
          column,
          field: link.field,
          target: target.id,
          by: link.by,
          ...(link.prefix ? { prefix: link.prefix } : {}),
          kind: 'target',
        })
        continue
      }
      file.links.push({
        column,
        field: link.field,
        target: target.id,
        by: link.by,
        ...(link.prefix ? { prefix: link.prefix } : {}),
      })
    }
  }

  // Links by content, for columns the preset does not name.
  const indexes = new Map(planned.map((p) => [p.id, indexOf(p)]))
  for (const file of planned) {
    const object = findObject(model, file.object)!
    const preset = new Set(Object.keys(file.presetFile?.columns ?? {}).map((h) => h.toLowerCase()))
    file.input.columns.forEach((column, c) => {
      const name = column.name
      if (
        name === file.source.keyColumn ||
        name === file.source.nameColumn ||
        preset.has(name.toLowerCase()) ||
        file.links.some((l) => l.column === name)
      )
        return
      const link = linkByContent(file, c, object, planned, indexes, model)
      if (link) file.links.push(link)
    })
  }

  for (const file of planned) {
    const object = findObject(model, file.object)!
    finishFile(file, file.input, file.presetFile, object, model)
  }
  return { system, files: planned.map(({ role: _r, input: _i, presetFile: _p, ...file }) => file), ignored, leftOut }
}

/** The mapping (preset, then suggestions; key, link and left-out-row columns not imported) and the recipe steps. */
function finishFile(
  file: PlannedFile,
  input: MigrationInputFile,
  presetFile: PresetFile | null,
  object: ObjectModel,
  model: WorkspaceModel,
): void {
  const targets = listTargets(object, model)
  const paths = new Set(targets.map((t) => t.path))
  const headers = input.columns.map((c) => c.name)
  const columns: Record<string, string | null> = {}
  const skip = new Set(
    [file.source.keyColumn, ...file.links.map((l) => l.column)].filter((h): h is string => h !== null),
  )
  const dropped = (presetFile?.dropWhenTrue ?? [])
    .map((h) => headerIn(headers, h))
    .filter((h): h is string => h !== undefined)
  for (const header of dropped) skip.add(header)
  for (const header of presetFile?.unmapped ?? []) {
    const found = headerIn(headers, header)
    if (found !== undefined) skip.add(found)
  }
  for (const [header, path] of Object.entries(presetFile?.columns ?? {})) {
    const found = headerIn(headers, header)
    if (found !== undefined && !skip.has(found) && paths.has(path) && !Object.values(columns).includes(path))
      columns[found] = path
  }
  for (const header of skip) columns[header] = null
  const open = input.columns.map((c, i) => ({ name: c.name, i })).filter((c) => !(c.name in columns))
  const suggestions = suggestMapping({
    headers: open.map((c) => c.name),
    samples: open.map((c) => sample(input, c.i)),
    targets,
    objectName: object.namePlural,
    reserved: Object.values(columns).filter((p): p is string => p !== null),
  })
  open.forEach((c, k) => (columns[c.name] = suggestions[k]?.path ?? null))
  file.mapping.columns = columns

  const idOf = (header: string) => input.columns.find((c) => c.name === header)!.id
  for (const header of dropped)
    file.operations.push({
      op: 'keep-rows',
      column: idOf(header),
      match: { kind: 'regex', value: '^(?!\\s*(true|1|yes)\\s*$)', caseSensitive: false },
    })
  for (const [header, values] of Object.entries(presetFile?.values ?? {})) {
    const found = headerIn(headers, header)
    const path = found === undefined ? undefined : columns[found]
    const field = path ? object.fields.find((f) => f.name === path.split('.')[0]) : undefined
    if (found === undefined || field === undefined) continue
    const options = new Set(field.options.map((o) => o.value))
    const map: Record<string, string> = {}
    const c = input.columns.findIndex((col) => col.name === found)
    for (let row = 0; row < input.rowCount; row++) {
      const text = input.cell(row, c)
      const to = values[text.trim().toLowerCase()]
      if (to !== undefined && options.has(to) && text !== to) map[text] = to
    }
    if (Object.keys(map).length > 0) file.operations.push({ op: 'map-values', column: idOf(found), map })
  }
}

/** The singular name of the object a many-to-one field of `object` points at, or undefined. */
function relationTo(object: ObjectModel, field: string, model: WorkspaceModel): string | undefined {
  const relation = object.fields.find((f) => f.name === field)?.relation
  if (relation?.type !== 'MANY_TO_ONE') return undefined
  return findObject(model, relation.targetObject)?.nameSingular
}

/** The join object attaching records of `object` to others (`note` -> noteTarget), when the model has it. */
export function targetObjectOf(object: ObjectModel, model: WorkspaceModel): ObjectModel | undefined {
  return findObject(model, `${object.nameSingular}Target`)
}

/** An association found by its values: most of them are another file's source ids (or names). */
function linkByContent(
  file: Working,
  column: number,
  object: ObjectModel,
  files: readonly Working[],
  indexes: ReadonlyMap<string, LinkIndex>,
  model: WorkspaceModel,
): FileLink | null {
  const values = new Set<string>()
  for (let row = 0; row < file.input.rowCount; row++)
    for (const v of splitLinkValues(file.input.cell(row, column))) values.add(v)
  if (values.size < MIN_DISTINCT || [...values].some((v) => UUID.test(v))) return null
  const list = [...values]
  let best: { link: FileLink; share: number } | null = null
  for (const field of object.fields) {
    if (field.relation?.type !== 'MANY_TO_ONE' || file.links.some((l) => l.field === field.name)) continue
    const target = findObject(model, field.relation.targetObject)
    for (const other of files) {
      if (other.id === file.id || target === undefined || other.object !== target.namePlural) continue
      const index = indexes.get(other.id)!
      for (const by of ['key', 'name'] as const) {
        if ((by === 'key' ? other.source.keyColumn : other.source.nameColumn) === null) continue
        const share = index.share(by, list)
        if (share >= CONTENT_SHARE && (best === null || share > best.share))
          best = { link: { column: file.input.columns[column]!.name, field: field.name, target: other.id, by }, share }
      }
    }
  }
  return best?.link ?? null
}

function indexOf(file: PlannedFile & { readonly input: MigrationInputFile }): LinkIndex {
  const index = new LinkIndex(file.source.system)
  const at = (header: string | null) => (header === null ? -1 : file.input.columns.findIndex((c) => c.name === header))
  const key = at(file.source.keyColumn)
  const name = at(file.source.nameColumn)
  for (let row = 0; row < file.input.rowCount; row++)
    index.add(row, key < 0 ? '' : file.input.cell(row, key), name < 0 ? '' : file.input.cell(row, name))
  return index
}

/** A generic export's source id column: named like an id (`Record ID`, `ID`, `Contact Id`), every row a distinct value, none a UUID. */
export function keyColumnOf(file: MigrationInputFile): string | null {
  for (const [c, column] of file.columns.entries()) {
    if (!/^(record id|id|.*[\s_-]id)$/i.test(column.name.trim()) || /^associated/i.test(column.name.trim())) continue
    const seen = new Set<string>()
    let ok = file.rowCount > 0
    for (let row = 0; row < file.rowCount && ok; row++) {
      const value = file.cell(row, c).trim()
      ok = value !== '' && !UUID.test(value) && !value.includes(';') && !seen.has(value)
      seen.add(value)
    }
    if (ok) return column.name
  }
  return null
}

function nameColumnOf(headers: readonly string[], object: ObjectModel): string | undefined {
  const names =
    object.nameSingular === 'person'
      ? ['name', 'full name']
      : ['name', `${object.labelSingular.toLowerCase()} name`, 'title']
  return headers.find((h) => names.includes(h.trim().toLowerCase()))
}

/** The object a file's name points at (`hubspot-contacts-2025` -> people), or null. */
export function objectFromFileName(baseName: string, model: WorkspaceModel): string | null {
  const synonyms: Record<string, string> = {
    contact: 'people',
    contacts: 'people',
    persons: 'people',
    account: 'companies',
    accounts: 'companies',
    organization: 'companies',
    organizations: 'companies',
    deal: 'opportunities',
    deals: 'opportunities',
  }
  const words = baseName
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2)
  for (const word of words) {
    const name =
      synonyms[word] ??
      model.objects.find((o) =>
        [o.namePlural, o.nameSingular, o.labelPlural.toLowerCase(), o.labelSingular.toLowerCase()].includes(word),
      )?.namePlural
    if (name !== undefined && findObject(model, name)) return findObject(model, name)!.namePlural
  }
  return null
}

function uniqueId(role: string, ids: Set<string>): string {
  const base =
    role
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'file'
  let id = base
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
  ids.add(id)
  return id
}

function sample(file: MigrationInputFile, column: number): string[] {
  const out: string[] = []
  for (let row = 0; row < file.rowCount && out.length < SAMPLE_SIZE; row++) {
    const text = file.cell(row, column)
    if (text.trim() !== '') out.push(text)
  }
  return out
}
