// Every issue and fix code the field engine and the check can report has a plain name (the locale tests
// then hold every language to the English keys). The codes come from the engine's own constants and from
// where its sources build issues, so a new code without a name fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SCALAR_FIX_CODES, SCALAR_ISSUE_CODES } from '../../../../shared/fields/scalar'
import { EXISTS_IN_WORKSPACE } from '../../../../shared/check/workspace-matches'
import { RELATION_NOT_IN_PROJECT, RELATION_TARGET_MISSING } from '../../../../shared/check/project-relations'
import { setLanguage } from '../../i18n'
import en from '../../locales/en.json'
import { issueName } from './issue-names'

const SHARED = join(import.meta.dirname, '../../../../shared')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path)
    return name.endsWith('.ts') &&
      !name.endsWith('.test.ts') &&
      !name.includes('test-cases') &&
      name !== 'case-table.ts'
      ? [path]
      : []
  })
}

/** Codes where the engine builds an issue or a fix: `code: 'X'`, or the code argument of its helpers. */
function codesInSources(): Set<string> {
  const code = "'([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)'"
  const pattern = new RegExp(`(?:code:\\s*|(?:issueRefs|invalid|error|refused|errorResult)\\(|undefined, )${code}`, 'g')
  const found = new Set<string>()
  const wordedPattern =
    /(?:worded\(\s*'(?:error|warning)',\s*|wordedError\(\s*|wordedFix\(\s*)'([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)(?:\.\w+)?'/g
  for (const file of [...sources(join(SHARED, 'fields')), ...sources(join(SHARED, 'check'))]) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(pattern)) found.add(match[1]!)
    for (const match of text.matchAll(wordedPattern)) found.add(match[1]!)
  }
  return found
}

const ALL_CODES = new Set([
  ...Object.values(SCALAR_ISSUE_CODES),
  ...Object.values(SCALAR_FIX_CODES),
  EXISTS_IN_WORKSPACE,
  RELATION_NOT_IN_PROJECT,
  RELATION_TARGET_MISSING,
  ...codesInSources(),
  ...Object.keys(en.cellIssue),
  ...Object.keys(en.cellFix),
])

afterEach(() => setLanguage('en'))

describe('issue names', () => {
  it('finds the codes of every family the engine reports', () => {
    expect(ALL_CODES.size).toBeGreaterThan(100)
    for (const code of [
      'DUPLICATE_IN_FILE',
      'EMAIL_NOT_ASCII',
      'PHONE_INVALID',
      'REQUIRED_VALUE_MISSING',
      'NAME_TITLE_REMOVED',
    ])
      expect(ALL_CODES).toContain(code)
  })

  it('names every code', () => {
    const names = en.issues as Record<string, string>
    expect([...ALL_CODES].filter((code) => !(code in names)).sort()).toEqual([])
  })

  it('names no code the engine does not have', () => {
    expect(
      Object.keys(en.issues)
        .filter((code) => !ALL_CODES.has(code))
        .sort(),
    ).toEqual([])
  })

  it('reads in the app’s language, and shows an unknown code as itself', () => {
    expect(issueName('DUPLICATE_IN_FILE')).toBe('Duplicate in this file')
    setLanguage('de')
    expect(issueName('DUPLICATE_IN_FILE')).toBe('Doppelt in dieser Datei')
    expect(issueName('SOME_NEW_CODE')).toBe('SOME_NEW_CODE')
  })
})
