// A deals sheet naming its companies and contacts yields a part per object, keyed by the unique field each
// links by, and each linked to the others; sheets that describe only their own object, or name another object
// without a unique field, yield none.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { suggestSheetParts, type SheetPart } from './sheet-parts'
import { suggestMapping } from './suggest-mapping'

function partsOf(
  objectName: string,
  headers: string[],
  samples: string[][],
): { parts: SheetPart[]; mapped: (string | null)[] } {
  const object = findObject(DEFAULT_MODEL, objectName)!
  const mapped = suggestMapping({ headers, samples, targets: listTargets(object, DEFAULT_MODEL), objectName }).map(
    (s) => s.path,
  )
  return { parts: suggestSheetParts({ headers, samples, model: DEFAULT_MODEL, objectName, mapped }), mapped }
}

const byObject = (parts: readonly SheetPart[], object: string) => parts.find((p) => p.object === object)
const columnsOf = (part: SheetPart | undefined, headers: readonly string[]) =>
  Object.fromEntries((part?.columns ?? []).map((c) => [headers[c.column]!, c.path]))

describe('suggestSheetParts', () => {
  const headers = [
    'Deal Name',
    'Amount',
    'Stage',
    'Close Date',
    'Company Name',
    'Company Domain',
    'Contact Name',
    'Contact Email',
    'Contact Phone',
    'Company City',
  ]
  const samples = [
    ['Renewal'],
    ['1000'],
    ['Won'],
    ['2026-01-01'],
    ['Acme'],
    ['acme.com'],
    ['Ada Lovelace'],
    ['ada@acme.com'],
    ['+44 20 7946 0000'],
    ['London'],
  ]

  it('finds the companies and the contacts a deals sheet names, keyed by domain and email', () => {
    const { parts, mapped } = partsOf('opportunity', headers, samples)
    expect(mapped[5]).toBe('company.domainName.primaryLinkUrl')
    const company = byObject(parts, 'company')
    expect(company).toMatchObject({
      relation: 'company',
      link: 'company.domainName.primaryLinkUrl',
      compare: 'domain',
      key: { column: 5, path: 'domainName.primaryLinkUrl' },
    })
    expect(columnsOf(company, headers)).toEqual({
      'Company Domain': 'domainName.primaryLinkUrl',
      'Company Name': 'name',
      'Company City': 'address.addressCity',
    })
    const person = byObject(parts, 'person')
    expect(person).toMatchObject({
      relation: 'pointOfContact',
      link: 'pointOfContact.emails.primaryEmail',
      compare: 'email',
      key: { column: 7, path: 'emails.primaryEmail' },
    })
    // The contact is linked to the company the same row names.
    expect(columnsOf(person, headers)).toEqual({
      'Contact Email': 'emails.primaryEmail',
      'Contact Name': 'name',
      'Contact Phone': 'phones.primaryPhoneNumber',
      'Company Domain': 'company.domainName.primaryLinkUrl',
    })
  })

  it('never takes a column the sheet itself imports, and gives each column to one part', () => {
    const { parts, mapped } = partsOf('opportunity', headers, samples)
    const keyColumns = new Set(parts.map((p) => p.key.column))
    for (const part of parts)
      for (const c of part.columns) if (!keyColumns.has(c.column)) expect(mapped[c.column]).toBeNull()
    // Beyond the keys (which link the parts to each other), no column is in two parts.
    const owned = parts.flatMap((p) =>
      p.columns.filter((c) => c.column === p.key.column || !keyColumns.has(c.column)).map((c) => c.column),
    )
    expect(new Set(owned).size).toBe(owned.length)
  })

  it('finds the companies a people sheet names', () => {
    const h = ['First Name', 'Last Name', 'Email', 'Company Name', 'Company Domain']
    const { parts } = partsOf(
      'person',
      h,
      h.map(() => ['x']),
    )
    expect(parts.map((p) => p.object)).toEqual(['company'])
    expect(columnsOf(parts[0], h)).toEqual({ 'Company Domain': 'domainName.primaryLinkUrl', 'Company Name': 'name' })
  })

  it('offers nothing for a sheet of one object, or another object named without a unique field', () => {
    const companies = ['Name', 'Domain', 'City', 'Employees']
    expect(
      partsOf(
        'company',
        companies,
        companies.map(() => ['x']),
      ).parts,
    ).toEqual([])
    const deals = ['Deal Name', 'Amount', 'Company Name', 'Company City']
    expect(
      partsOf(
        'opportunity',
        deals,
        deals.map(() => ['x']),
      ).parts,
    ).toEqual([])
  })

  it('needs more than the key: a lone domain column is a link, not companies to create', () => {
    const h = ['First Name', 'Email', 'Company Domain']
    expect(
      partsOf(
        'person',
        h,
        h.map(() => ['x']),
      ).parts,
    ).toEqual([])
  })

  it('takes the key from the column the user mapped the relation to', () => {
    const h = ['Deal Name', 'Company', 'Company Website']
    const object = 'opportunity'
    const mapped: (string | null)[] = ['name', null, 'company.domainName.primaryLinkUrl']
    const parts = suggestSheetParts({
      headers: h,
      samples: [['A'], ['Acme'], ['acme.com']],
      model: DEFAULT_MODEL,
      objectName: object,
      mapped,
    })
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({ object: 'company', key: { column: 2, path: 'domainName.primaryLinkUrl' } })
    expect(columnsOf(parts[0], h)).toEqual({ 'Company Website': 'domainName.primaryLinkUrl', Company: 'name' })
  })
})
