import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { parseWorkspaceMetadata } from '../model/parse-metadata'
import { listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import {
  detectPreset,
  HUBSPOT,
  isTrueValue,
  PIPEDRIVE,
  PRESETS,
  presetFileOf,
  presetJoinOf,
  SALESFORCE,
} from './presets'

// The migration tests' workspace: the stock objects plus note and task targets, members and owners.
const CRM_MODEL = parseWorkspaceMetadata(
  JSON.parse(readFileSync(join(__dirname, '../../e2e/data/migrate/workspace-model.json'), 'utf8')),
).model

describe('presets', () => {
  it('send every column to a field a stock workspace has, and every link to a relation of the file’s object', () => {
    for (const preset of PRESETS) {
      for (const file of preset.files) {
        const object = findObject(DEFAULT_MODEL, file.object)!
        const paths = new Set(listTargets(object, DEFAULT_MODEL).map((t) => t.path))
        for (const path of Object.values(file.columns))
          expect(paths, `${preset.system} ${file.role} ${path}`).toContain(path)
        for (const link of file.links) {
          const relation = (o: typeof object, field: string) => o.fields.find((f) => f.name === field)?.relation
          if (link.kind === 'member') {
            // An owner fills a relation to workspaceMember (Twenty's own; the stock model lacks opportunity.owner).
            const crm = findObject(CRM_MODEL, file.object)!
            expect(relation(crm, link.field), `${preset.system} ${link.column}`).toMatchObject({
              type: 'MANY_TO_ONE',
              targetObject: 'workspaceMember',
            })
            continue
          }
          expect(preset.files.some((f) => f.role === link.target)).toBe(true)
          if (link.kind === 'target') {
            const join = findObject(CRM_MODEL, `${object.nameSingular}Target`)!
            const target = findObject(DEFAULT_MODEL, preset.files.find((f) => f.role === link.target)!.object)!
            expect(relation(join, link.field), `${preset.system} ${link.column}`).toMatchObject({
              type: 'MANY_TO_ONE',
              targetObject: target.nameSingular,
            })
            continue
          }
          expect(relation(object, link.field)?.type, `${preset.system} ${link.column}`).toBe('MANY_TO_ONE')
        }
      }
    }
  })

  it('tell which file is which', () => {
    expect(presetFileOf(SALESFORCE, 'Contact', ['Id', 'IsDeleted', 'AccountId', 'LastName'])?.object).toBe('people')
    // A Salesforce file is named by its API name: Account.csv is not a contact export.
    expect(presetFileOf(SALESFORCE, 'Account', ['Id', 'LastName'])).toBeNull()
    expect(
      presetFileOf(HUBSPOT, 'hubspot-crm-exports-all-deals-2025', ['Record ID', 'Deal Name', 'Amount'])?.object,
    ).toBe('opportunities')
    expect(presetFileOf(PIPEDRIVE, 'people-123', ['Person - ID', 'Person - Name'])?.role).toBe('persons')
    expect(
      presetFileOf(HUBSPOT, 'hubspot-crm-exports-all-notes-2025', ['Record ID', 'Note body', 'Associated Contact IDs'])
        ?.object,
    ).toBe('notes')
    expect(
      presetFileOf(HUBSPOT, 'hubspot-crm-exports-all-tasks-2025', ['Record ID', 'Task title', 'Task status'])?.object,
    ).toBe('tasks')
    expect(
      presetJoinOf(SALESFORCE, 'OpportunityContactRole', ['Id', 'OpportunityId', 'ContactId', 'IsPrimary'])?.field,
    ).toBe('pointOfContact')
  })

  it('pick the preset from the headers (auto)', () => {
    expect(
      detectPreset([{ baseName: 'export', headers: ['Record ID', 'Company name', 'Company Domain Name'] }])?.system,
    ).toBe('hubspot')
    expect(
      detectPreset([
        { baseName: 'Account', headers: ['Id', 'Name', 'IsDeleted'] },
        { baseName: 'Contact', headers: ['Id', 'LastName'] },
      ])?.system,
    ).toBe('salesforce')
    expect(
      detectPreset([{ baseName: 'organizations-1', headers: ['Organization - ID', 'Organization - Name'] }])?.system,
    ).toBe('pipedrive')
    expect(detectPreset([{ baseName: 'clients', headers: ['Name', 'Email'] }])).toBeNull()
  })

  it('read an export’s true values', () => {
    expect(['true', 'TRUE', '1', 'yes'].every(isTrueValue)).toBe(true)
    expect(['false', '0', '', 'no'].some(isTrueValue)).toBe(false)
  })
})
