// Test support, imported only by *.test.ts: runs a table of real-world cells through the scalar normalisers and checks each result,
// plus the invariants every result must keep (known codes, quoted values in messages, errors carry no value).
import { expect, it } from 'vitest'
import type { CellResult, JsonValue } from '../cell-result'
import type { ColumnContext } from '../column-context'
import { FIX, ISSUE } from './codes'
import { scalarNormalizers, type ScalarKind } from './index'

export interface ScalarCase {
  readonly kind: ScalarKind
  readonly raw: string
  readonly context?: Partial<ColumnContext>
  readonly row?: { readonly country?: string }
  /** The expected value; checked whenever the key is present (null included). */
  readonly value?: JsonValue
  /** The expected issue; when absent the cell must have no issue at all. */
  readonly code?: string
  readonly suggestion?: string
  /** A fix that must have been applied. */
  readonly fix?: string
}

const ISSUE_CODES: ReadonlySet<string> = new Set(Object.values(ISSUE))
const FIX_CODES: ReadonlySet<string> = new Set(Object.values(FIX))

export function contextFor(kind: ScalarKind, overrides: Partial<ColumnContext> = {}): ColumnContext {
  return {
    kind,
    decimalSeparator: '.',
    dateOrder: null,
    defaultCountry: null,
    options: [],
    blankIsFalse: false,
    ...overrides,
  }
}

/** Checks the invariants every normaliser result keeps. */
export function expectWellFormed(result: CellResult): void {
  for (const issue of result.issues) {
    expect(ISSUE_CODES.has(issue.code), issue.code).toBe(true)
    expect(issue.message).toMatch(/“.*”/s)
    if (issue.severity === 'error') expect(result.value).toBeNull()
  }
  for (const fix of result.fixes) {
    expect(FIX_CODES.has(fix.code), fix.code).toBe(true)
    expect(fix.message.length).toBeGreaterThan(10)
  }
}

export function normalizeCase(c: ScalarCase): CellResult {
  return scalarNormalizers[c.kind](c.raw, contextFor(c.kind, c.context), c.row)
}

/** Registers one test per case. */
export function runCases(cases: readonly ScalarCase[]): void {
  it.each(
    cases.map((c) => [`${c.kind} ${JSON.stringify(c.raw)}${c.code === undefined ? '' : ` -> ${c.code}`}`, c] as const),
  )('%s', (_, c) => {
    const result = normalizeCase(c)
    expectWellFormed(result)
    if ('value' in c) expect(result.value).toEqual(c.value)
    if (c.code === undefined) expect(result.issues).toEqual([])
    else expect(result.issues.map((i) => i.code)).toContain(c.code)
    if (c.suggestion !== undefined) expect(result.issues.find((i) => i.code === c.code)?.suggestion).toBe(c.suggestion)
    if (c.fix !== undefined) expect(result.fixes.map((f) => f.code)).toContain(c.fix)
  })
}
