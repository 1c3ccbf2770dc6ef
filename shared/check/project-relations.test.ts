import { describe, expect, it } from 'vitest'
import { type ColumnarTable } from '../table/columnar-table'
import { tableFromRows } from '../table/table-from-rows'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import { listTargets, findTarget } from '../model/list-targets'
import { CELL_ERROR, CELL_OK, CELL_WARNING, checkTable } from './check-table'
import {
  markProjectRelations,
  RELATION_NOT_IN_PROJECT,
  RELATION_TARGET_MISSING,
  relationSlot,
} from './project-relations'

const person = findObject(DEFAULT_MODEL, 'person')!
const targets = listTargets(person, DEFAULT_MODEL)
const target = (path: string) => findTarget(targets, path)!
const DOMAINS = {
  object: 'company',
  field: 'domainName',
  subfield: 'primaryLinkUrl',
  files: ['companies.csv'],
  values: new Set(['https://acme.com', 'https://globex.io']),
  workspace: null,
}

function checked(rows: string[][]) {
  const table: ColumnarTable = tableFromRows(['Email', 'Company site'], rows)
  return checkTable(
    table,
    [
      { column: 0, name: 'Email', target: target('emails.primaryEmail') },
      { column: 1, name: 'Company site', target: target('company.domainName.primaryLinkUrl') },
    ],
    { settings: {} },
  )
}

describe('markProjectRelations', () => {
  it('warns on a company domain the companies file does not hold, once per cell, comparing normalised values', () => {
    const check = checked([
      ['a@x.com', 'www.acme.com/'],
      ['b@x.com', 'nowhere.io'],
      ['c@x.com', ''],
      ['d@x.com', 'nowhere.io'],
      ['e@x.com', 'GLOBEX.IO'],
    ])
    const marks = markProjectRelations(check, [DOMAINS])
    expect(marks.byColumn).toEqual(new Map([[1, 2]]))
    expect([...check.cellStates[1]!]).toEqual([
      expect.any(Number),
      CELL_WARNING,
      CELL_OK,
      CELL_WARNING,
      expect.any(Number),
    ])
    const codes = [...check.cellIssues]
      .filter((i) => i.mapped === 1)
      .map((i) => [i.row, i.issue.code, i.issue.severity])
    expect(codes).toEqual([
      [1, RELATION_NOT_IN_PROJECT, 'warning'],
      [3, RELATION_NOT_IN_PROJECT, 'warning'],
    ])
    expect([...check.cellIssues][0]!.issue.message).toBe(
      "No company in the project's file companies.csv has this domain name: it must already be in the workspace, or the push will refuse this row.",
    )
    // A warning: the rows still go out.
    expect([...check.rowHasError]).toEqual([0, 0, 0, 0, 0])
  })

  it('leaves cells that already have an error, deleted rows, and relations with no file of their object', () => {
    const check = checked([
      ['a@x.com', 'not a domain at all'],
      ['b@x.com', 'nowhere.io'],
    ])
    const before = check.cellStates[1]![0]
    expect(before).toBe(CELL_ERROR)
    markProjectRelations(check, [DOMAINS], (row) => row === 1)
    expect(check.cellStates[1]![0]).toBe(CELL_ERROR)
    expect(check.cellStates[1]![1]).not.toBe(CELL_WARNING)
    const other = checked([['b@x.com', 'nowhere.io']])
    expect(markProjectRelations(other, [{ ...DOMAINS, object: 'person' }]).byColumn.size).toBe(0)
  })

  it('asks the workspace about values the project lacks, then errs on those it does not hold either', () => {
    const rows = [
      ['a@x.com', 'acme.com'],
      ['b@x.com', 'initech.com'],
      ['c@x.com', 'nowhere.io'],
      ['d@x.com', 'initech.com'],
    ]
    const connected = {
      ...DOMAINS,
      workspace: { name: 'Acme CRM', asked: new Set<string>(), found: new Set<string>() },
    }
    // Not asked yet: a warning, and the values to ask for.
    const first = checked(rows)
    const marks = markProjectRelations(first, [connected])
    expect(marks.unasked).toEqual(
      new Map([[relationSlot(DOMAINS), new Set(['https://initech.com', 'https://nowhere.io'])]]),
    )
    expect([...first.cellStates[1]!].map((s) => s === CELL_WARNING)).toEqual([false, true, true, true])
    // Answered: initech is in the workspace, nowhere is nowhere.
    const answered = {
      ...DOMAINS,
      workspace: {
        name: 'Acme CRM',
        asked: new Set(['https://initech.com', 'https://nowhere.io']),
        found: new Set(['https://initech.com']),
      },
    }
    const second = checked(rows)
    expect(markProjectRelations(second, [answered]).unasked.size).toBe(0)
    expect([...second.cellStates[1]!].map((s) => s === CELL_ERROR)).toEqual([false, false, true, false])
    expect([...second.rowHasError]).toEqual([0, 0, 1, 0])
    const error = [...second.cellIssues].find((i) => i.issue.code === RELATION_TARGET_MISSING)!
    expect(error.row).toBe(2)
    expect(error.issue.message).toBe(
      "No company with this domain name in Acme CRM or in the project's file companies.csv: the push would refuse this row. Correct the value, or add the company first.",
    )
  })

  it('checks against the workspace alone when the project has no file of the target object', () => {
    const alone = {
      ...DOMAINS,
      files: [],
      values: new Set<string>(),
      workspace: { name: 'Acme CRM', asked: new Set(['https://acme.com']), found: new Set<string>() },
    }
    const check = checked([
      ['a@x.com', 'acme.com'],
      ['b@x.com', 'globex.io'],
    ])
    const marks = markProjectRelations(check, [alone])
    // Globex not asked yet and no project file: nothing to say until the workspace answers.
    expect(check.cellStates[1]![1]).not.toBe(CELL_WARNING)
    expect(marks.unasked.get(relationSlot(alone))).toEqual(new Set(['https://globex.io']))
    expect(check.cellStates[1]![0]).toBe(CELL_ERROR)
  })
})
