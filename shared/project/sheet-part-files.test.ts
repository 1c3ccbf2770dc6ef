// A deals sheet's parts as project files: valid drafts, mapped to their objects with every other column left
// out, replaying the sheet's recipe and keeping one row per key; the sheet links to them by the key column.
import { describe, expect, it } from 'vitest'
import { suggestSheetParts } from '../mapping/sheet-parts'
import { DEFAULT_MODEL } from '../model/default-model'
import { EditedTable } from '../operations/edited-table'
import { replayRecipe } from '../operations/replay'
import { tableFromRows } from '../table/table-from-rows'
import { ProjectDraftSchema } from './project-file'
import { sheetPartFiles, type DraftFile } from './sheet-part-files'

const HEADERS = ['Deal Name', 'Amount', 'Company Name', 'Company Domain', 'Contact Name', 'Contact Email']
const ROWS = [
  ['Renewal', '1000', 'Acme', 'acme.com', 'Ada Lovelace', 'ada@acme.com'],
  ['Upsell', '500', 'Acme', 'https://www.acme.com', 'Ada Lovelace', 'ADA@acme.com'],
  ['Pilot', '200', 'Initech', 'initech.io', 'Peter Gibbons', 'peter@initech.io'],
  ['Lost', '50', '', '', '', ''],
  ['Extension', '300', 'Acme', 'acme.com', 'Grace Hopper', 'grace@acme.com'],
]
const table = () => tableFromRows(HEADERS, ROWS, 2)

function sheet(): DraftFile {
  const columns = table().columns.map((c) => ({ id: c.id, name: c.name }))
  return {
    id: 'file-1',
    path: '/clients/acme/deals.csv',
    open: {},
    columns,
    mapping: {
      object: 'opportunity',
      columns: {
        'Deal Name': 'name',
        Amount: 'amount.amountMicros',
        'Company Name': null,
        'Company Domain': null,
        'Contact Name': null,
        'Contact Email': null,
      },
    },
    settings: { defaultCountry: 'GB' },
    operations: [{ op: 'set-cells', cells: [{ column: 'c2', rows: [2], values: ['Initech Ltd'] }] }],
    rebased: false,
  }
}

describe('sheetPartFiles', () => {
  const columns = sheet().columns
  const mapped = HEADERS.map((h) => sheet().mapping.columns[h] ?? null)
  const parts = suggestSheetParts({
    headers: HEADERS,
    samples: ROWS[0]!.map((_, c) => ROWS.map((r) => r[c]!)),
    model: DEFAULT_MODEL,
    objectName: 'opportunity',
    mapped,
  })

  it('makes one valid project file per part and links the sheet to each by its key column', () => {
    expect(parts.map((p) => p.object).sort()).toEqual(['company', 'person'])
    const { sheetColumns, files } = sheetPartFiles(sheet(), columns, parts, ['file-1', 'file-1-company'], DEFAULT_MODEL)
    expect(sheetColumns).toMatchObject({
      'Deal Name': 'name',
      'Company Domain': 'company.domainName.primaryLinkUrl',
      'Contact Email': 'pointOfContact.emails.primaryEmail',
    })
    const company = files.find((f) => f.mapping.object === 'companies')!
    expect(company.id).toBe('file-1-company-2')
    expect(company.path).toBe('/clients/acme/deals.csv')
    expect(company.settings).toEqual({ defaultCountry: 'GB' })
    expect(company.mapping.columns).toEqual({
      'Deal Name': null,
      Amount: null,
      'Company Name': 'name',
      'Company Domain': 'domainName.primaryLinkUrl',
      'Contact Name': null,
      'Contact Email': null,
    })
    const person = files.find((f) => f.mapping.object === 'people')!
    expect(person.mapping.columns).toMatchObject({
      'Contact Email': 'emails.primaryEmail',
      'Contact Name': 'name',
      'Company Domain': 'company.domainName.primaryLinkUrl',
      'Deal Name': null,
    })
    const draft = ProjectDraftSchema.parse({
      name: 'Acme',
      settings: {},
      files: [{ ...sheet(), mapping: { object: 'opportunity', columns: sheetColumns } }, ...files],
    })
    expect(draft.files.map((f) => f.id)).toEqual(['file-1', 'file-1-person', 'file-1-company-2'])
  })

  it("replays the sheet's recipe, then keeps one row per key (blanks left out)", () => {
    const { files } = sheetPartFiles(sheet(), columns, parts, ['file-1'], DEFAULT_MODEL)
    const live = (file: DraftFile, column: string) => {
      const edited = new EditedTable(table())
      const result = replayRecipe(edited, file.operations, { sameSource: true })
      expect(result.skipped).toEqual([])
      return Array.from({ length: edited.rowCount }, (_, r) => r)
        .filter((r) => !edited.isDeleted(r))
        .map((r) => edited.cell(r, column))
    }
    expect(
      live(
        files.find((f) => f.mapping.object === 'companies')!,
        'c2',
      ),
    ).toEqual(['Acme', 'Initech Ltd'])
    expect(
      live(
        files.find((f) => f.mapping.object === 'people')!,
        'c5',
      ),
    ).toEqual(['ada@acme.com', 'peter@initech.io', 'grace@acme.com'])
  })

  it('leaves out a migration file’s source key and links (a part is keyed by its unique field)', () => {
    const migrated: DraftFile = {
      ...sheet(),
      source: { system: 'hubspot', keyColumn: 'Deal Name', nameColumn: null },
      links: [],
    }
    const { files } = sheetPartFiles(migrated, columns, parts, ['file-1'], DEFAULT_MODEL)
    for (const file of files) {
      expect(file.source).toBeUndefined()
      expect(file.links).toBeUndefined()
    }
  })
})
