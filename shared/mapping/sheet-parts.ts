// One sheet, several objects: a deals export names on every row the company (`Company Name`, `Company Domain`)
// and the contact (`Contact Name`, `Contact Email`) the deal belongs to. A part is the columns of such a sheet that
// describe records of another object the sheet's object links to by a many-to-one relation, mapped to that
// object's fields, with the unique field its records are told apart by (the key: a company's domain, a person's
// email). A part becomes a file of its own in the project (shared/project/sheet-part-files.ts): the same source
// file mapped to the other object, one row per key, and the sheet's relation column linking each row to it by that
// key. Invariants: a part has a key column and at least one other column (records that cannot be told apart can
// be neither deduplicated nor linked); a column belongs to one part at most; a column the sheet's own object
// imports is never taken, except the relation column that is the part's key. Pure and deterministic.
import type { FieldTarget } from '../fields/targets'
import { listTargets, uniqueFieldsOf, uniqueSubfieldOf } from '../model/list-targets'
import { findObject, type ObjectModel, type WorkspaceModel } from '../model/workspace-model'
import type { Entity } from './concepts'
import { headerTokens } from './header-key'
import { ENTITY_WORDS } from './header-words'
import { roleOf } from './object-role'
import { suggestMapping } from './suggest-mapping'

/** How the `dedupe-rows` step compares a part's key. */
export type KeyCompare = 'text' | 'email' | 'domain'

export interface SheetPartColumn {
  /** 0-based column index into the sheet's headers. */
  readonly column: number
  /** The part object's target path (`name`, `domainName.primaryLinkUrl`, a person's `company.domainName.primaryLinkUrl`). */
  readonly path: string
}

export interface SheetPart {
  /** The object the part creates (nameSingular). */
  readonly object: string
  /** The sheet's relation field that links each of its rows to the part's record (`company`, `pointOfContact`). */
  readonly relation: string
  /** The key column and the part object's unique (sub)field it fills (`domainName.primaryLinkUrl`). */
  readonly key: SheetPartColumn
  /** The sheet's target path that links by the key (`company.domainName.primaryLinkUrl`). */
  readonly link: string
  readonly compare: KeyCompare
  /** The part's mapping, the key first; a link to another part's records included (a contact's company). */
  readonly columns: readonly SheetPartColumn[]
}

export interface SheetPartsInput {
  readonly headers: readonly string[]
  /** Per column, some sample values (as for suggestMapping). */
  readonly samples: readonly (readonly string[])[]
  readonly model: WorkspaceModel
  /** The sheet's object (any name findObject knows). */
  readonly objectName: string
  /** The sheet's mapping as it stands: per column, its target path or null. */
  readonly mapped: readonly (string | null)[]
}

/** A part's column must be at least this sure (a synonym is 0.8, a content-only guess 0.5-0.7). */
const MIN_CONFIDENCE = 0.7

interface RelationSlot {
  readonly field: string
  readonly labelTokens: readonly string[]
  readonly target: ObjectModel
  readonly role: Entity | null
}

/** The many-to-one relations of the sheet's object to another object a sheet could describe (never members). */
function relationSlots(object: ObjectModel, model: WorkspaceModel): RelationSlot[] {
  const slots: RelationSlot[] = []
  for (const field of object.fields) {
    if (field.type !== 'RELATION' || field.relation?.type !== 'MANY_TO_ONE' || !field.isActive) continue
    const target = findObject(model, field.relation.targetObject)
    if (!target || target.nameSingular === object.nameSingular) continue
    const role = roleOf(target.nameSingular)
    if (role === 'workspaceMember') continue
    slots.push({ field: field.name, labelTokens: headerTokens(field.label), target, role })
  }
  return slots
}

/** The header's tokens with the words naming the slot's object (or the relation's label) taken out; null when it names neither. */
function strippedFor(tokens: readonly string[], slot: RelationSlot): string[] | null {
  const label = slot.labelTokens
  if (label.length > 1 && label.every((word, i) => tokens[i] === word)) return tokens.slice(label.length)
  const rest = tokens.filter((token) => slot.role === null || ENTITY_WORDS[token] !== slot.role)
  if (rest.length < tokens.length) return rest
  const own = headerTokens(slot.target.labelSingular)
  if (slot.role === null && own.length > 0 && own.every((word, i) => tokens[i] === word))
    return tokens.slice(own.length)
  return null
}

/** The part object's unique (sub)field paths, `id` excepted, with how their values compare. */
function keyPaths(object: ObjectModel, targets: readonly FieldTarget[]): Map<string, KeyCompare> {
  const keys = new Map<string, KeyCompare>()
  for (const field of uniqueFieldsOf(object)) {
    if (field.name === 'id') continue
    const sub = uniqueSubfieldOf(field)
    const path = sub === null ? field.name : `${field.name}.${sub}`
    const kind = targets.find((t) => t.path === path)?.kind
    if (kind !== undefined) keys.set(path, kind === 'domain' ? 'domain' : kind === 'email' ? 'email' : 'text')
  }
  return keys
}

/**
 * The parts of a sheet: for each relation of the sheet's object whose target another group of its columns
 * describes (by the target's words in the headers: `Company Phone`, `Contact Email`, or the relation's label:
 * `Point of Contact Email`), those columns mapped to the target's fields. Empty when the sheet describes only
 * its own object.
 */
export function suggestSheetParts(input: SheetPartsInput): SheetPart[] {
  const object = findObject(input.model, input.objectName)
  if (!object) return []
  const ownTargets = new Set(listTargets(object, input.model).map((t) => t.path))
  const tokens = input.headers.map((header) => headerTokens(header))
  const taken = new Set<number>()
  const parts: SheetPart[] = []
  for (const slot of relationSlots(object, input.model)) {
    const targets = listTargets(slot.target, input.model)
    const keys = keyPaths(slot.target, targets)
    if (keys.size === 0) continue
    // The sheet's column already linking by one of the target's keys is the part's key column.
    let linked: SheetPartColumn | null = null
    const candidates: { column: number; header: string }[] = []
    input.headers.forEach((_header, column) => {
      if (taken.has(column)) return
      const path = input.mapped[column] ?? null
      if (path !== null && path.startsWith(`${slot.field}.`)) {
        const rest = path.slice(slot.field.length + 1)
        if (linked === null && keys.has(rest)) linked = { column, path: rest }
        return
      }
      if (path !== null) return
      const stripped = strippedFor(tokens[column]!, slot)
      if (stripped !== null) candidates.push({ column, header: stripped.length > 0 ? stripped.join(' ') : 'name' })
    })
    const valueTargets = targets.filter((t) => t.kind !== 'relation')
    const suggestions = suggestMapping({
      headers: candidates.map((c) => c.header),
      samples: candidates.map((c) => input.samples[c.column] ?? []),
      targets: valueTargets,
      objectName: slot.target.nameSingular,
      ...(linked !== null ? { reserved: [(linked as SheetPartColumn).path] } : {}),
    })
    const mapped: SheetPartColumn[] = []
    for (const s of suggestions)
      if (s.path !== null && s.confidence >= MIN_CONFIDENCE)
        mapped.push({ column: candidates[s.column]!.column, path: s.path })
    const key: SheetPartColumn | undefined = linked ?? mapped.find((c) => keys.has(c.path))
    if (key === undefined) continue
    const link = `${slot.field}.${key.path}`
    if (!ownTargets.has(link)) continue
    const others = mapped.filter((c) => c.column !== key.column)
    if (others.length === 0) continue
    const columns = [key, ...others]
    for (const c of columns) taken.add(c.column)
    parts.push({
      object: slot.target.nameSingular,
      relation: slot.field,
      key,
      link,
      compare: keys.get(key.path)!,
      columns,
    })
  }
  return withLinksBetween(parts, input.model)
}

/** Each part linked to the other parts' records its object relates to (a contact's company by its domain). */
function withLinksBetween(parts: readonly SheetPart[], model: WorkspaceModel): SheetPart[] {
  return parts.map((part) => {
    const object = findObject(model, part.object)
    if (!object) return part
    const paths = new Set(listTargets(object, model).map((t) => t.path))
    const used = new Set(part.columns.map((c) => c.column))
    const links: SheetPartColumn[] = []
    for (const other of parts) {
      if (other === part) continue
      const field = object.fields.find(
        (f) => f.type === 'RELATION' && f.relation?.type === 'MANY_TO_ONE' && f.relation.targetObject === other.object,
      )
      const path = field ? `${field.name}.${other.key.path}` : null
      if (path !== null && paths.has(path) && !used.has(other.key.column))
        links.push({ column: other.key.column, path })
    }
    return links.length === 0 ? part : { ...part, columns: [...part.columns, ...links] }
  })
}
