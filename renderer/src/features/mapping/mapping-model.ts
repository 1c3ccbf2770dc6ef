// The mapping screen's model, kept out of components so it is tested under plain Node: for a table and a
// target object, each column's samples, chosen field (the user's choice, else the auto-mapper's) and why,
// the field choices grouped for the picker, and what must be settled before moving on.
import { currencyCodeIssues, relationKeyIssues, resolveMapping } from '../../../../shared/check/resolve-mapping'
import type { FieldTarget } from '../../../../shared/fields/targets'
import { listTargets } from '../../../../shared/model/list-targets'
import { findObject, type WorkspaceModel } from '../../../../shared/model/workspace-model'
import type { ColumnarTable } from '../../../../shared/table/columnar-table'
import { t } from '../../i18n'
import { formatList } from '../../format'
import { issueText } from '../check/issue-text'
import { ISO_CURRENCY_CODES, isCurrencyMark } from '../../../../shared/fields/scalar/currency-codes'

export const SAMPLE_ROWS = 200
const SHOWN_SAMPLES = 3

export interface MappingRow {
  readonly column: number
  readonly name: string
  /** A few non-empty values, as a reminder of what the column holds. */
  readonly samples: readonly string[]
  readonly path: string | null
  readonly label: string | null
  readonly reason: string
  readonly chosenBy: 'you' | 'suggested' | 'none'
}

export interface MappingProblem {
  readonly code: 'REQUIRED_FIELD_UNMAPPED' | 'FIELD_TAKEN_TWICE' | 'CURRENCY_CODE_UNMAPPED' | 'RELATION_KEYS_MIXED'
  readonly message: string
  /** A one-click fix: send this column (left out) to this field (a currency column for an amount). */
  readonly fix?: { readonly column: number; readonly name: string; readonly path: string }
}

/** Most of a column's values are currency codes or marks (EUR, usd, €, $): it gives an amount's currency. */
function looksLikeCurrencies(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '')
  if (filled.length < 2) return false
  const codes = filled.filter((v) => ISO_CURRENCY_CODES.has(v.toUpperCase()) || isCurrencyMark(v)).length
  return codes / filled.length >= 0.8
}

export interface FieldGroup {
  readonly label: string
  readonly options: readonly { readonly path: string; readonly label: string; readonly required: boolean }[]
}

/** The objects a file can be imported into (those with at least one importable field). */
export function importableObjects(model: WorkspaceModel): { namePlural: string; label: string }[] {
  return model.objects
    .filter((o) => listTargets(o, model).length > 0)
    .map((o) => ({ namePlural: o.namePlural, label: o.labelPlural }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

export function targetsOf(model: WorkspaceModel, objectName: string): FieldTarget[] {
  const object = findObject(model, objectName)
  return object ? listTargets(object, model) : []
}

/** Picker groups: plain fields, then each composite field's parts, then links to other objects. */
export function fieldGroups(targets: readonly FieldTarget[]): FieldGroup[] {
  const plain: FieldGroup['options'][number][] = []
  const composite = new Map<string, FieldGroup['options'][number][]>()
  const links: FieldGroup['options'][number][] = []
  for (const target of targets) {
    const option = { path: target.path, label: target.label, required: target.required }
    if (target.kind === 'relation') links.push(option)
    else if (target.subfield !== null || target.path.includes('.')) {
      const group = target.field.label
      composite.set(group, [...(composite.get(group) ?? []), option])
    } else plain.push(option)
  }
  return [
    { label: t('mapping.groupFields'), options: plain },
    ...[...composite].map(([label, options]) => ({ label, options })),
    ...(links.length > 0 ? [{ label: t('mapping.groupLinks'), options: links }] : []),
  ].filter((g) => g.options.length > 0)
}

/** What the mapping reads: the file's table, or the table with the columns operations added. */
export type MappingSource = Pick<ColumnarTable, 'columns' | 'rowCount' | 'cell'>

export function samplesOf(table: MappingSource, column: number, limit = SAMPLE_ROWS): string[] {
  const out: string[] = []
  for (let row = 0; row < table.rowCount && out.length < limit; row++) {
    const text = table.cell(row, column)
    if (text.trim() !== '') out.push(text)
  }
  return out
}

/** An object a file's columns fit, and how many of them the auto-mapper would send to it. */
export interface ObjectFit {
  readonly namePlural: string
  readonly label: string
  readonly columns: number
}

/**
 * The importable objects by how many of the file's columns the auto-mapper sends to each, best first (the
 * objects no column fits are left out). The object a file is opened as comes from here, not from its name.
 */
export function objectFits(table: MappingSource, model: WorkspaceModel): ObjectFit[] {
  const headers = table.columns.map((c) => c.name)
  const samples = headers.map((_, c) => samplesOf(table, c))
  return importableObjects(model)
    .map((o) => {
      const { mapped } = resolveMapping({
        headers,
        samples,
        targets: targetsOf(model, o.namePlural),
        objectName: o.namePlural,
      })
      return { ...o, columns: mapped.length }
    })
    .filter((fit) => fit.columns > 0)
    .sort((a, b) => b.columns - a.columns)
}

/**
 * The object to open a file as: the one most of its columns fit; on a tie (or when none fits) the one its name
 * points at (`guess`), which stays the pick unless another object fits strictly more columns.
 */
export function bestObject(fits: readonly ObjectFit[], guess: string): string {
  const guessed = fits.find((f) => f.namePlural === guess)?.columns ?? 0
  const best = fits[0]
  return best !== undefined && best.columns > guessed ? best.namePlural : guess
}

/**
 * `choices`: the user's picks by column index (null: do not import). Suggestions are made without them, so
 * a pick never moves another column's suggestion behind the user's back: a clash is shown as a problem.
 */
export function buildMapping(
  table: MappingSource,
  model: WorkspaceModel,
  objectName: string,
  choices: ReadonlyMap<number, string | null>,
): { rows: MappingRow[]; problems: MappingProblem[] } {
  const targets = targetsOf(model, objectName)
  const byPath = new Map(targets.map((t) => [t.path, t]))
  const headers = table.columns.map((c) => c.name)
  const samples = headers.map((_, c) => samplesOf(table, c))
  const suggested = resolveMapping({ headers, samples, targets, objectName })
  const rows: MappingRow[] = suggested.choices.map((choice) => {
    const chosen = choices.has(choice.column)
    const target = chosen ? (byPath.get(choices.get(choice.column) ?? '') ?? null) : choice.target
    return {
      column: choice.column,
      name: choice.name,
      samples: samples[choice.column]!.slice(0, SHOWN_SAMPLES),
      path: target?.path ?? null,
      label: target?.label ?? null,
      reason: chosen ? (target ? 'your choice' : 'you chose not to import it') : choice.reason,
      chosenBy: chosen ? 'you' : target ? 'suggested' : 'none',
    }
  })
  const problems: MappingProblem[] = []
  const byTarget = new Map<string, MappingRow[]>()
  for (const row of rows) if (row.path !== null) byTarget.set(row.path, [...(byTarget.get(row.path) ?? []), row])
  for (const same of byTarget.values()) {
    if (same.length > 1) {
      problems.push({
        code: 'FIELD_TAKEN_TWICE',
        message: t('mapping.takenTwice', {
          columns: formatList(same.map((r) => `“${r.name}”`)),
          field: same[0]!.label ?? '',
        }),
      })
    }
  }
  const covered = new Set(rows.flatMap((r) => (r.path === null ? [] : [byPath.get(r.path)!.field.name])))
  for (const target of targets) {
    if (!target.required || covered.has(target.field.name)) continue
    covered.add(target.field.name)
    problems.push({
      code: 'REQUIRED_FIELD_UNMAPPED',
      message: t('cellIssue.REQUIRED_FIELD_UNMAPPED', { field: target.label }),
    })
  }
  const mapped = rows.flatMap((r) => (r.path === null ? [] : [{ name: r.name, target: byPath.get(r.path)! }]))
  for (const issue of currencyCodeIssues(mapped)) {
    // A column left out whose values are currencies is offered for the amount's currency code.
    const path = `${byPath.get(issue.field ?? '')?.field.name ?? ''}.currencyCode`
    const source = byPath.has(path)
      ? rows.find((r) => r.path === null && looksLikeCurrencies(samples[r.column] ?? []))
      : undefined
    problems.push({
      code: 'CURRENCY_CODE_UNMAPPED',
      message: issueText(issue),
      ...(source ? { fix: { column: source.column, name: source.name, path } } : {}),
    })
  }
  // Two kinds of key for one relation would mix in a batch, which Twenty refuses whole.
  for (const issue of relationKeyIssues(mapped))
    problems.push({ code: 'RELATION_KEYS_MIXED', message: issueText(issue) })
  return { rows, problems }
}
