// Test support for this folder's table-driven tests: a column context, and one assertion per table row.
// Not used by product code.
import { expect } from 'vitest'
import type { CellResult, JsonValue } from '../cell-result'
import type { ColumnContext, Normalizer, RowContext } from '../column-context'
import type { TargetKind } from '../targets'

export interface Case {
  readonly raw: string
  readonly value: JsonValue
  readonly parts?: Readonly<Record<string, JsonValue>>
  readonly issues?: readonly string[]
  readonly fixes?: readonly string[]
  /** The first issue's suggestion. */
  readonly suggestion?: string
  /** Words the first issue's message must contain. */
  readonly says?: readonly string[]
  /** The column's default country (default: none). */
  readonly country?: string | null
  readonly rowCountry?: string
}

export function contextFor(kind: TargetKind, defaultCountry: string | null = null): ColumnContext {
  return { kind, decimalSeparator: '.', dateOrder: null, defaultCountry, options: [], blankIsFalse: false }
}

/** Runs a normaliser on a table row and checks what a user would see: value, parts, issue and fix codes. */
export function check(normalizer: Normalizer, kind: TargetKind, c: Case): CellResult {
  const row: RowContext | undefined = c.rowCountry === undefined ? undefined : { country: c.rowCountry }
  const result = normalizer(c.raw, contextFor(kind, c.country ?? null), row)
  expect(result.value).toEqual(c.value)
  if (c.parts !== undefined) expect(result.parts).toEqual(c.parts)
  expect(result.issues.map((i) => i.code)).toEqual(c.issues ?? [])
  expect(result.fixes.map((f) => f.code)).toEqual(c.fixes ?? [])
  if (c.suggestion !== undefined) expect(result.issues[0]?.suggestion).toBe(c.suggestion)
  for (const word of c.says ?? []) expect(result.issues[0]?.message).toContain(word)
  for (const issue of result.issues) {
    expect(issue.message.length).toBeGreaterThan(20)
    if (issue.severity === 'error') expect(result.value).toBeNull()
  }
  for (const fix of result.fixes) expect(fix.message.length).toBeGreaterThan(10)
  return result
}

/** A short label for a table row in the test name. */
export function label(c: Case): string {
  return JSON.stringify(c.raw)
}
