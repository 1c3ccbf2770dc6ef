// The columns of a CSV for Twenty's own import (contract 6.2): one per scalar, per composite subfield and per
// relation unique field, headed with exactly the label Twenty's importer offers, so each auto-matches.
// Invariant: each (field, subfield) appears once, in the order its first target was given.
import type { JsonValue } from '../fields/cell-result'
import type { FieldTarget } from '../fields/targets'
import { subfieldLabel, subfieldSpec, type CompositeType } from '../model/composite-fields'
import type { FieldType } from '../model/workspace-model'
import type { RecordDraft } from './assemble-record'
import { formatCell, type CellFormat } from './csv-values'
import { compositeOfTarget, connectSubfieldsOf, subfieldsFilledBy } from './target-shape'
import { MAX_RECORDS_PER_IMPORT_FILE, writeCsv } from './write-csv'

export interface ImportCsvColumn {
  /** The header, e.g. `Emails / Primary Email`, `ARR / Amount`, `Company / Domain Name / Link URL`. */
  readonly label: string
  /** The cell for one record ('' when the record has no value there). */
  readonly read: (draft: RecordDraft) => string
  /** The API name of the field the column fills, e.g. `emails`, `company`. */
  readonly field: string
  /**
   * A BOOLEAN field's own column: Twenty's importer reads an empty cell there as `false` (contract 10.10), so
   * on update-on-import an empty cell would overwrite a stored `true`. importFileWriter leaves such columns out.
   */
  readonly isBoolean: boolean
}

type Obj = { readonly [key: string]: JsonValue }

function child(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj)[key] : undefined
}

function scalarFormat(type: FieldType): CellFormat {
  switch (type) {
    case 'BOOLEAN':
      return 'boolean'
    case 'NUMBER':
    case 'NUMERIC':
      return 'number'
    case 'MULTI_SELECT':
    case 'ARRAY':
    case 'RAW_JSON':
      return 'json'
    default:
      return 'text'
  }
}

function subfieldFormat(type: CompositeType, subfield: string): CellFormat {
  const valueType = subfieldSpec(type, subfield)?.valueType ?? 'text'
  if (valueType === 'micros') return 'micros'
  if (valueType === 'number') return 'number'
  return valueType === 'text' ? 'text' : 'json'
}

interface KeyedColumn extends Pick<ImportCsvColumn, 'label' | 'read'> {
  readonly key: string
}

function columnsOf(target: FieldTarget): KeyedColumn[] {
  const name = target.field.name
  const relation = target.relation
  if (target.kind === 'relation' && relation !== undefined) {
    const unique = relation.targetField
    return connectSubfieldsOf(target).map((sub) => ({
      key: `${name}.${unique.name}.${sub ?? ''}`,
      label: `${target.field.label} / ${unique.label}${sub === null ? '' : ` / ${subfieldLabel(unique.type, sub)}`}`,
      read: (draft) => {
        const matched = child(child(child(draft[name], 'connect'), 'where'), unique.name)
        return sub === null ? formatCell(matched, scalarFormat(unique.type)) : formatCell(child(matched, sub), 'text')
      },
    }))
  }
  if (target.field.type === 'LINK') {
    const read = (draft: RecordDraft) => formatCell(child(draft[name], 'url'), 'text')
    return [{ key: `${name}.url`, label: target.field.label, read }]
  }
  const composite = compositeOfTarget(target)
  if (composite === null) {
    const format = scalarFormat(target.field.type)
    return [{ key: name, label: target.field.label, read: (draft) => formatCell(draft[name], format) }]
  }
  return subfieldsFilledBy(target, composite).map((sub) => ({
    key: `${name}.${sub}`,
    label: `${target.field.label} / ${subfieldLabel(composite, sub)}`,
    read: (draft: RecordDraft) => formatCell(child(draft[name], sub), subfieldFormat(composite, sub)),
  }))
}

/**
 * The CSV columns for records assembled from `targets` (the targets a mapping uses). Labels are Twenty's import
 * labels: `<Field label>`, `<Field label> / <Subfield label>`, `<Relation label> / <Unique field label>[ / <Subfield
 * label>]`. Whole-field targets expand into their subfield columns; a phone target also gets the country and
 * calling code columns (Twenty wants all three). Cells: booleans TRUE/FALSE, amounts in major units with a dot,
 * numbers without exponent or separators, dates/date-times as stored (YYYY-MM-DD / ISO), MULTI_SELECT, ARRAY,
 * RAW_JSON and additional emails/phones/secondary links as JSON.
 */
export function importCsvColumns(targets: readonly FieldTarget[]): ImportCsvColumn[] {
  const seen = new Set<string>()
  const columns: ImportCsvColumn[] = []
  for (const target of targets) {
    for (const { key, label, read } of columnsOf(target)) {
      if (seen.has(key)) continue
      seen.add(key)
      const isBoolean = target.kind !== 'relation' && target.field.type === 'BOOLEAN'
      columns.push({ label, read, field: target.field.name, isBoolean })
    }
  }
  return columns
}

/**
 * One CSV file for Twenty's import: header and one row per draft (see importCsvColumns and writeCsv).
 * @throws RangeError when there are more than MAX_RECORDS_PER_IMPORT_FILE drafts: split them first (chunkForImport).
 */
export function writeImportCsv(targets: readonly FieldTarget[], drafts: readonly RecordDraft[]): string {
  if (drafts.length > MAX_RECORDS_PER_IMPORT_FILE) {
    const limit = MAX_RECORDS_PER_IMPORT_FILE
    throw new RangeError(`writeImportCsv: ${drafts.length} records; Twenty imports at most ${limit} per file`)
  }
  const columns = importCsvColumns(targets)
  return writeCsv(
    columns.map((c) => c.label),
    drafts.map((draft) => columns.map((c) => c.read(draft))),
  )
}
