// A sheet's parts (shared/mapping/sheet-parts.ts) as files of its project: each part is the same source file,
// opened the same way, mapped to the part's object (every other column explicitly not imported, so nothing is
// auto-mapped into it), with the sheet's recipe (so a fix made on the sheet before holds in the part too) and
// one more step keeping one row per key (`dedupe-rows`). The sheet itself links each row to the part's record
// through its key column (the relation by that unique field), so the project's push creates the companies and
// people first, once each, and the deals connect to them. Invariants: a part file's id is new in the project;
// a part's recipe never names a column the sheet's table does not have; the source file is never copied.
import type { SheetPart } from '../mapping/sheet-parts'
import { findObject, type WorkspaceModel } from '../model/workspace-model'
import type { ProjectDraft } from './project-file'

/** A project file as the app saves it (its path absolute). */
export type DraftFile = ProjectDraft['files'][number]

export interface SheetPartFiles {
  /** The sheet's mapping with each part's key column linking to it. */
  readonly sheetColumns: Record<string, string | null>
  /** One new project file per part, in the order of the parts. */
  readonly files: readonly DraftFile[]
}

/** A file id for `wanted` that no file of the project has (`file-1-company`, `file-1-company-2`...). */
function freshId(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'part'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/**
 * The project files for `parts` of `sheet`. `columns` are the sheet's table columns now (ids and names, in the
 * order the parts' column indexes count them); `takenIds` are the ids of every file the project holds. A part's
 * object is saved by its plural API name, as the app saves the objects it maps to.
 */
export function sheetPartFiles(
  sheet: DraftFile,
  columns: readonly { id: string; name: string }[],
  parts: readonly SheetPart[],
  takenIds: Iterable<string>,
  model: WorkspaceModel,
): SheetPartFiles {
  const taken = new Set(takenIds)
  const sheetColumns: Record<string, string | null> = { ...sheet.mapping.columns }
  const files: DraftFile[] = []
  for (const part of parts) {
    const key = columns[part.key.column]
    if (key === undefined || part.columns.some((c) => columns[c.column] === undefined)) continue
    sheetColumns[key.name] = part.link
    const mapping: Record<string, string | null> = Object.fromEntries(columns.map((c) => [c.name, null]))
    for (const c of part.columns) mapping[columns[c.column]!.name] = c.path
    const { source: _source, links: _links, ...rest } = sheet
    files.push({
      ...rest,
      id: freshId(`${sheet.id}-${part.object}`, taken),
      mapping: { object: findObject(model, part.object)?.namePlural ?? part.object, columns: mapping },
      operations: [...sheet.operations, { op: 'dedupe-rows', column: key.id, compare: part.compare }],
    })
  }
  return { sheetColumns, files }
}
