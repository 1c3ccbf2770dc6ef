// Issues the engine reports with params read in the app's language in a cell's tooltip; in English they read
// exactly as the engine's own wording (what the CLI and exports keep); issues without params stay as worded.
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { findTarget, listTargets } from '../../../../shared/model/list-targets'
import { findObject } from '../../../../shared/model/workspace-model'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { checkTable, type MappedColumn } from '../../../../shared/check/check-table'
import { markWorkspaceMatches } from '../../../../shared/check/workspace-matches'
import { setLanguage } from '../../i18n'
import { cellMessage } from './issue-summary'
import { issueText } from './issue-text'

function checkPeople() {
  const object = findObject(DEFAULT_MODEL, 'people')!
  const targets = listTargets(object, DEFAULT_MODEL)
  const email = findTarget(targets, 'emails.primaryEmail')!
  const title = findTarget(targets, 'jobTitle')!
  const columns: MappedColumn[] = [
    { column: 0, name: 'Email', target: email },
    { column: 1, name: 'Title', target: { ...title, required: true } },
  ]
  const table = tableFromRows(
    ['Email', 'Title'],
    [
      ['ada@example.com', 'CTO'],
      ['bob@example.com', ''],
      ['ada@example.com', 'CEO'],
    ],
  )
  return checkTable(table, columns, { settings: {} })
}

afterEach(() => setLanguage('en'))

describe('issueText', () => {
  it('reads English exactly as the engine words it', () => {
    const check = checkPeople()
    const issues = [...check.cellIssues].filter((i) => i.issue.params !== undefined)
    expect(issues.map((i) => i.issue.code).sort()).toEqual(['DUPLICATE_IN_FILE', 'REQUIRED_VALUE_MISSING'])
    for (const { issue } of issues) expect(issueText(issue)).toBe(issue.message)
  })

  it('words duplicates, missing required values and workspace matches in German from their params', () => {
    const check = checkPeople()
    markWorkspaceMatches(check, Uint8Array.from([0, 1, 0]))
    setLanguage('de')
    expect(cellMessage(check, 0, 2)).toBe(
      'Fehler: „ada@example.com“ steht auch in Zeile 2; Emails / Primary Email muss eindeutig sein, daher würde Twenty beide Zeilen zu einem Datensatz zusammenführen.',
    )
    expect(cellMessage(check, 1, 1)).toBe(
      'Fehler: Job Title ist in Twenty Pflicht, und diese Zeile hat keinen Wert in „Title“.',
    )
    expect(cellMessage(check, 0, 1)).toContain('Ein Datensatz mit diesem Wert ist schon im Workspace')
  })

  it('keeps the engine’s wording for an issue without params', () => {
    setLanguage('ru')
    expect(issueText({ code: 'EMAIL_INVALID', message: 'In “x” the domain …' })).toBe('In “x” the domain …')
  })
})
