// Decides where each column goes: the user's mapping file first, then auto-mapping for the rest, never two
// columns into one target. Returns the mapped columns and mapping-level issues (bad paths, missing required, an
// amount without its currency, a relation linked by two kinds of key).
import type { ColumnIssue } from '../fields/column-context'
import type { FieldTarget } from '../fields/targets'
import { worded } from '../fields/scalar/wording'
import { suggestMapping } from '../mapping'
import type { MappingFile } from './mapping-file'
import type { MappedColumn } from './check-table'

export interface ColumnChoice {
  readonly column: number
  readonly name: string
  readonly target: FieldTarget | null
  /** Why: 'mapping file', or the auto-mapper's reason. */
  readonly reason: string
}

export interface ResolvedMapping {
  readonly choices: readonly ColumnChoice[]
  readonly mapped: readonly MappedColumn[]
  readonly issues: readonly (ColumnIssue & { readonly column: string | null; readonly field: string | null })[]
}

export function resolveMapping(input: {
  readonly headers: readonly string[]
  readonly samples: readonly (readonly string[])[]
  readonly targets: readonly FieldTarget[]
  readonly objectName: string
  readonly file?: MappingFile
}): ResolvedMapping {
  const { headers, targets, file } = input
  const byPath = new Map(targets.map((t) => [t.path, t]))
  const issues: ResolvedMapping['issues'][number][] = []
  const fixed = new Map<number, FieldTarget | null>()
  const named = new Map(Object.entries(file?.columns ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]))
  headers.forEach((header, column) => {
    const key = header.trim().toLowerCase()
    if (!named.has(key)) return
    const path = named.get(key) ?? null
    named.delete(key)
    if (path === null) return void fixed.set(column, null)
    const target = byPath.get(path)
    if (target) return void fixed.set(column, target)
    issues.push({
      ...worded('error', 'MAPPING_UNKNOWN_FIELD', { column: header, field: path, object: input.objectName }),
      evidence: [],
      column: header,
      field: path,
    })
    fixed.set(column, null)
  })
  for (const header of named.keys()) {
    issues.push({
      ...worded('warning', 'MAPPING_UNKNOWN_COLUMN', { column: header }),
      evidence: [],
      column: header,
      field: null,
    })
  }

  const taken = new Set([...fixed.values()].filter((t): t is FieldTarget => t !== null).map((t) => t.path))
  const open = headers.map((_, i) => i).filter((i) => !fixed.has(i))
  // All targets with the mapping file's choices reserved, so auto-mapping also sees overlaps (a full-name
  // column when the file already sends another column to the first name).
  const suggestions = suggestMapping({
    headers: open.map((i) => headers[i]!),
    samples: open.map((i) => input.samples[i] ?? []),
    targets,
    objectName: input.objectName,
    reserved: [...taken],
  })
  const choices: ColumnChoice[] = headers.map((name, column) => {
    if (fixed.has(column)) return { column, name, target: fixed.get(column) ?? null, reason: 'mapping file' }
    const suggestion = suggestions[open.indexOf(column)]
    const target = suggestion?.path ? (byPath.get(suggestion.path) ?? null) : null
    return { column, name, target, reason: suggestion?.reason ?? 'no match' }
  })
  const mapped = choices.flatMap((c) => (c.target ? [{ column: c.column, name: c.name, target: c.target }] : []))

  const covered = new Set(mapped.map((m) => m.target.field.name))
  for (const target of targets) {
    if (target.required && !covered.has(target.field.name)) {
      covered.add(target.field.name)
      issues.push({
        ...worded('error', 'REQUIRED_FIELD_UNMAPPED', { field: target.label }),
        evidence: [],
        column: null,
        field: target.path,
      })
    }
  }
  issues.push(...currencyCodeIssues(mapped))
  issues.push(...relationKeyIssues(mapped))
  return { choices, mapped, issues }
}

/**
 * Twenty's import guide asks for both columns of a currency: an amount mapped without its currency code would
 * be stored with no currency. Mapping-level, so the user can map a currency column before anything runs.
 */
export function currencyCodeIssues(
  mapped: readonly { readonly name: string; readonly target: FieldTarget }[],
): ResolvedMapping['issues'][number][] {
  const issues: ResolvedMapping['issues'][number][] = []
  for (const amount of mapped) {
    if (amount.target.kind !== 'currencyAmount') continue
    const field = amount.target.field.name
    const coded = mapped.some(
      (m) => m.target.field.name === field && (m.target.kind === 'currencyCode' || m.target.kind === 'currency'),
    )
    if (coded) continue
    issues.push({
      ...worded('warning', 'CURRENCY_CODE_UNMAPPED', { column: amount.name, field: amount.target.label }),
      evidence: [],
      column: amount.name,
      field: amount.target.path,
    })
  }
  return issues
}

/**
 * Twenty's nested connect links a relation by one kind of unique key per batch (contract 10.8): a batch where
 * some records name the company by domain and others by a custom unique field fails as a whole. A row takes the
 * first mapped key it has a value for, so two non-id keys mapped for one relation would mix kinds across rows:
 * an error on every such column after the first (and the check refuses each row that would connect by it). A key by `id` never mixes: the push sends it as the join column
 * (`companyId`), not as a connect.
 */
export function relationKeyIssues(
  mapped: readonly { readonly name: string; readonly target: FieldTarget }[],
): ResolvedMapping['issues'][number][] {
  const issues: ResolvedMapping['issues'][number][] = []
  const firstKey = new Map<string, { readonly name: string; readonly target: FieldTarget }>()
  for (const column of mapped) {
    const { target } = column
    if (target.kind !== 'relation' || target.relation === undefined || target.relation.targetField.name === 'id')
      continue
    const first = firstKey.get(target.field.name)
    if (first === undefined) {
      firstKey.set(target.field.name, column)
      continue
    }
    if (first.target.path === target.path) continue
    issues.push({
      ...worded('error', 'RELATION_KEYS_MIXED.columns', {
        first: first.name,
        relation: target.field.label,
        firstKey: first.target.relation?.targetField.label ?? first.target.path,
        column: column.name,
        key: target.relation.targetField.label,
      }),
      evidence: [],
      column: column.name,
      field: target.path,
    })
  }
  return issues
}
