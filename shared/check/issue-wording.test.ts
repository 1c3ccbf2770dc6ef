// A check's issues worded in the language asked for, from what the engine reported: the report the CLI prints
// and the fix sheet's problems use this, so a key or a param the engine gets wrong shows here.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { buildCheckReport } from './check-report'
import { checkTable, type MappedColumn } from './check-table'
import { issueWording } from './issue-wording'

function checkedPeople() {
  const object = findObject(DEFAULT_MODEL, 'people')!
  const targets = listTargets(object, DEFAULT_MODEL)
  const columns: MappedColumn[] = [
    { column: 0, name: 'First', target: findTarget(targets, 'name.firstName')! },
    { column: 1, name: 'Email', target: findTarget(targets, 'emails.primaryEmail')! },
  ]
  const table = tableFromRows(
    ['First', 'Email'],
    [
      ['Ada', 'ada@example.com'],
      ['Grace', 'grace@example.com'],
      ['Ada L.', 'ada@example.com'],
    ],
  )
  const check = checkTable(table, columns, { settings: {} })
  const resolved = { choices: columns.map((c) => ({ name: c.name, target: c.target })), mapped: columns, issues: [] }
  return { table, check, resolved: resolved as unknown as Parameters<typeof buildCheckReport>[0]['resolved'] }
}

describe('issueWording', () => {
  it('words an engine issue in German and Russian from its key and params, and keeps English as the engine wrote it', () => {
    const { check } = checkedPeople()
    const duplicate = [...check.cellIssues].find((entry) => entry.issue.code === 'DUPLICATE_IN_FILE')!.issue
    expect(issueWording('en')(duplicate)).toBe(duplicate.message)
    expect(duplicate.message).toContain('is also on row 2')
    expect(issueWording('de')(duplicate)).toBe(
      '„ada@example.com“ steht auch in Zeile 2; Emails / Primary Email muss eindeutig sein, daher würde Twenty beide Zeilen zu einem Datensatz zusammenführen.',
    )
    expect(issueWording('ru')(duplicate)).toMatch(/^«ada@example\.com» есть и в строке 2; /)
  })

  it('remembers what it worded, and leaves an issue without a key in English', () => {
    const word = issueWording('de')
    const issue = { code: 'X', message: 'only English' }
    expect(word(issue)).toBe('only English')
    expect(word(issue)).toBe(word(issue))
  })
})

describe('buildCheckReport in a language', () => {
  it('words the messages in the language asked for; codes, rows and values stay', () => {
    const { table, check, resolved } = checkedPeople()
    const report = (language?: 'de' | 'ru') =>
      buildCheckReport({ object: 'people', table, headerRow: 1, resolved, check, ...(language ? { language } : {}) })
    const english = report()
    const german = report('de')
    const russian = report('ru')
    const duplicate = (r: typeof english) => r.issues.find((i) => i.code === 'DUPLICATE_IN_FILE')!
    expect({ ...duplicate(german), message: '' }).toEqual({ ...duplicate(english), message: '' })
    expect(duplicate(german).message).toContain('steht auch in Zeile 2')
    expect(duplicate(russian).message).toContain('есть и в строке 2')
    expect(german.summary).toEqual(english.summary)
  })
})
