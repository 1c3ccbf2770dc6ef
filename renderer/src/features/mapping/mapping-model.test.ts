import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../../../../shared/model/default-model'
import { tableFromRows } from '../../../../shared/table/table-from-rows'
import { bestObject, buildMapping, fieldGroups, importableObjects, objectFits, targetsOf } from './mapping-model'

const table = tableFromRows(
  ['E-Mail', 'Vorname', 'Nachname', 'Telefon', 'Notiz'],
  [
    ['ada@example.com', 'Ada', 'Lovelace', '+44 20 7946 0001', 'met at fair'],
    ['grace@navy.mil', 'Grace', 'Hopper', '(415) 555-0100', ''],
  ],
)

describe('mapping model', () => {
  it('suggests fields from headers in several languages, with a reason, and samples', () => {
    const { rows, problems } = buildMapping(table, DEFAULT_MODEL, 'people', new Map())
    expect(rows.slice(0, 4).map((r) => [r.name, r.path, r.chosenBy])).toEqual([
      ['E-Mail', 'emails.primaryEmail', 'suggested'],
      ['Vorname', 'name.firstName', 'suggested'],
      ['Nachname', 'name.lastName', 'suggested'],
      ['Telefon', 'phones.primaryPhoneNumber', 'suggested'],
    ])
    expect(rows[0]!.samples).toEqual(['ada@example.com', 'grace@navy.mil'])
    expect(rows[0]!.reason).not.toBe('')
    expect(problems).toEqual([])
  })

  it('takes the user’s choices, and says when two columns take one field', () => {
    const { rows, problems } = buildMapping(
      table,
      DEFAULT_MODEL,
      'people',
      new Map([
        [2, 'name.firstName'],
        [4, null],
      ]),
    )
    expect(rows[2]).toMatchObject({ path: 'name.firstName', chosenBy: 'you', reason: 'your choice' })
    expect(rows[4]).toMatchObject({ path: null, chosenBy: 'you' })
    expect(problems.map((p) => p.code)).toContain('FIELD_TAKEN_TWICE')
    expect(problems.find((p) => p.code === 'FIELD_TAKEN_TWICE')!.message).toContain('“Vorname” and “Nachname”')
  })

  it('names required fields left unmapped', () => {
    const people = DEFAULT_MODEL.objects.find((o) => o.namePlural === 'people')!
    const required = {
      ...people.fields.find((f) => f.name === 'jobTitle')!,
      name: 'contractId',
      label: 'Contract ID',
      isNullable: false,
      defaultValue: null,
      isCustom: true,
    }
    const model = {
      objects: DEFAULT_MODEL.objects.map((o) => (o === people ? { ...o, fields: [...o.fields, required] } : o)),
    }
    const { problems } = buildMapping(table, model, 'people', new Map())
    expect(problems).toEqual([
      { code: 'REQUIRED_FIELD_UNMAPPED', message: 'Contract ID is required in Twenty, and no column is mapped to it.' },
    ])
  })

  it('groups the picker: plain fields, composite parts, links', () => {
    const groups = fieldGroups(targetsOf(DEFAULT_MODEL, 'people'))
    expect(groups[0]!.label).toBe('Fields')
    expect(groups.map((g) => g.label)).toContain('Links to other records')
    expect(groups.flatMap((g) => g.options).some((o) => o.path === 'emails.primaryEmail')).toBe(true)
    expect(importableObjects(DEFAULT_MODEL).map((o) => o.namePlural)).toEqual(
      expect.arrayContaining(['people', 'companies', 'opportunities']),
    )
  })

  it('finds the object from the columns, and lets the file name break a tie', () => {
    const deals = tableFromRows(
      ['Deal Name', 'Amount', 'Close Date', 'Stage', 'Probability'],
      [
        ['Renewal', '12000', '2025-03-01', 'NEW', '40'],
        ['Pilot', '3000', '2025-04-15', 'MEETING', '10'],
      ],
    )
    const fits = objectFits(deals, DEFAULT_MODEL)
    expect(fits[0]!.namePlural).toBe('opportunities')
    expect(fits[0]!.columns).toBeGreaterThan(fits[1]?.columns ?? 0)
    // A file called deals.csv points at no object by its name (people); its columns win.
    expect(bestObject(fits, 'people')).toBe('opportunities')
    // People columns stay people, whatever else a column or two fits.
    expect(bestObject(objectFits(table, DEFAULT_MODEL), 'people')).toBe('people')
    // A tie keeps the object the name points at; nothing fitting keeps it too.
    const tie = [
      { namePlural: 'companies', label: 'Companies', columns: 2 },
      { namePlural: 'people', label: 'People', columns: 2 },
    ]
    expect(bestObject(tie, 'people')).toBe('people')
    expect(bestObject([], 'companies')).toBe('companies')
  })

  it('maps a currency column named Cur., and offers one whose values are currencies for an amount without one', () => {
    const rows = [
      ['Renewal', '12000', 'EUR'],
      ['Pilot', '3000', 'usd'],
      ['Spring', '700', '€'],
    ]
    const cur = buildMapping(tableFromRows(['Deal', 'Amount', 'Cur.'], rows), DEFAULT_MODEL, 'opportunities', new Map())
    expect(cur.rows.find((r) => r.name === 'Cur.')?.path).toBe('amount.currencyCode')
    expect(cur.problems.filter((p) => p.code === 'CURRENCY_CODE_UNMAPPED')).toEqual([])

    const other = buildMapping(
      tableFromRows(['Deal', 'Amount', 'Denomination'], rows),
      DEFAULT_MODEL,
      'opportunities',
      new Map(),
    )
    const problem = other.problems.find((p) => p.code === 'CURRENCY_CODE_UNMAPPED')
    expect(problem?.fix).toEqual({ column: 2, name: 'Denomination', path: 'amount.currencyCode' })
    // Taking the offer settles it.
    const fixed = buildMapping(
      tableFromRows(['Deal', 'Amount', 'Denomination'], rows),
      DEFAULT_MODEL,
      'opportunities',
      new Map([[2, 'amount.currencyCode']]),
    )
    expect(fixed.problems.filter((p) => p.code === 'CURRENCY_CODE_UNMAPPED')).toEqual([])
    // A column of something else is never offered.
    const none = buildMapping(
      tableFromRows(
        ['Deal', 'Amount', 'Notes'],
        rows.map((r) => [r[0]!, r[1]!, 'call back']),
      ),
      DEFAULT_MODEL,
      'opportunities',
      new Map(),
    )
    expect(none.problems.find((p) => p.code === 'CURRENCY_CODE_UNMAPPED')?.fix).toBeUndefined()
  })
})
