// A check thread's warm-up: a few thousand made-up rows of the common kinds (emails, phones in several countries,
// names, links and domains, numbers, amounts in both separator styles, dates in three orders, booleans, selects)
// checked once, so a thread started ahead of a check (while the file is read) has the engine loaded, its lazy
// tables built and its hot code compiled before the first real cell. The results are thrown away; nothing the
// warm-up reads can change what a later check gives (every cache the engine keeps is keyed by the exact input).
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'

const FIRST = ['Ada', 'grace', 'ALAN', 'Søren', 'Zoë', 'Li', 'Jean-Luc', 'María']
const LAST = ['Lovelace', 'Hopper', "O'Brien", 'Müller', 'de la Cruz', 'Nakamura']
const DOMAINS = ['example.com', 'Example.ORG', 'mail.example.de', 'gmial.com', 'example.co.uk', 'web.example.fr']
const COUNTRIES = ['US', 'United States', 'France', 'DE', 'Deutschland', 'UK', 'Canada', 'españa', '']
const PHONES = [
  '(415) 555-{4}',
  '+1 415 555 {4}',
  '06 12 34 {2} {2}',
  '+33 6 12 34 {2} {2}',
  '030 1234{4}',
  '+44 20 7946 {4}',
  '415.555.{4} ext. 12',
  'n/a',
]
const AMOUNTS = ['{n},{3}.50', '{n}.{3},50 €', '${n}', '{n} {3}', 'EUR {n}', '-{n}.5', 'N/A']
const DATES = ['{m}/{d}/2024', '{d}.{m}.2023', '2022-{mm}-{dd}', '{d} March 2021', '2024-{mm}-{dd}T10:30:00Z']
const BOOLEANS = ['yes', 'No', '1', '0', 'TRUE', 'x', '']

function fill(pattern: string, i: number): string {
  return pattern
    .replace(/\{4\}/g, String(1000 + ((i * 7919) % 9000)))
    .replace(/\{3\}/g, String(100 + ((i * 31) % 900)))
    .replace(/\{2\}/g, String(10 + ((i * 13) % 90)))
    .replace(/\{n\}/g, String(1 + ((i * 17) % 97)))
    .replace(/\{mm\}/g, String(1 + (i % 12)).padStart(2, '0'))
    .replace(/\{dd\}/g, String(1 + (i % 28)).padStart(2, '0'))
    .replace(/\{m\}/g, String(1 + (i % 12)))
    .replace(/\{d\}/g, String(1 + (i % 28)))
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!

function mappedFor(object: string, headers: readonly string[], paths: readonly string[]): MappedColumn[] {
  const found = findObject(DEFAULT_MODEL, object)
  if (!found) throw new Error(`the warm-up's model has no ${object}`)
  const targets = listTargets(found, DEFAULT_MODEL)
  return paths.map((path, column) => {
    const target = findTarget(targets, path)
    if (!target) throw new Error(`the warm-up's model has no ${object} field ${path}`)
    return { column, name: headers[column]!, target }
  })
}

/** Checks `rows` made-up rows of people, companies and opportunities; returns the cells checked. */
export function warmUpCheck(rows = 3000): number {
  const people = ['Email', 'Phone', 'First', 'Last', 'City', 'Country', 'LinkedIn']
  const peopleRows = Array.from({ length: rows }, (_, i) => [
    i % 11 === 0
      ? `${pick(FIRST, i)} at ${pick(DOMAINS, i)}`
      : i % 5 === 0
        ? ` ${pick(FIRST, i).toUpperCase()}${i}@${pick(DOMAINS, i)} `
        : `${pick(FIRST, i)}.x${i}@${pick(DOMAINS, i)}`,
    fill(pick(PHONES, i), i),
    pick(FIRST, i),
    pick(LAST, i),
    pick(['Paris', 'Berlin', 'Montréal', 'New York', ''], i),
    pick(COUNTRIES, i),
    i % 4 === 0 ? '' : `linkedin.com/in/${pick(FIRST, i).toLowerCase()}-${i}`,
  ])
  const companies = ['Name', 'Website', 'Employees', 'ARR', 'ICP', 'Country']
  const companyRows = Array.from({ length: rows }, (_, i) => [
    `${pick(LAST, i)} ${pick(['GmbH', 'Ltd', 'Inc.', 'SAS'], i)}`,
    pick([`https://www.${pick(DOMAINS, i)}/`, pick(DOMAINS, i + 2), `http://shop${i}.example.com`], i),
    pick([String(10 + i), `${1 + (i % 9)},${100 + (i % 900)}`, '1.250', '~50', ''], i),
    fill(pick(AMOUNTS, i), i),
    pick(BOOLEANS, i),
    pick(COUNTRIES, i + 3),
  ])
  const deals = ['Deal', 'Amount', 'Currency', 'Close', 'Stage']
  const dealRows = Array.from({ length: rows }, (_, i) => [
    `Deal ${i}`,
    fill(pick(AMOUNTS, i + 1), i),
    pick(['USD', 'eur', '€', 'GBP', ''], i),
    fill(pick(DATES, i), i),
    pick(['NEW', 'Screening', 'meeting', 'PROPOSAL', 'Customer', 'lost'], i),
  ])
  const runs: [string, string[], string[][], string[]][] = [
    [
      'people',
      people,
      peopleRows,
      [
        'emails.primaryEmail',
        'phones.primaryPhoneNumber',
        'name.firstName',
        'name.lastName',
        'city',
        'jobTitle',
        'linkedinLink.primaryLinkUrl',
      ],
    ],
    [
      'companies',
      companies,
      companyRows,
      [
        'name',
        'domainName.primaryLinkUrl',
        'employees',
        'annualRecurringRevenue.amountMicros',
        'idealCustomerProfile',
        'address.addressCountry',
      ],
    ],
    ['opportunities', deals, dealRows, ['name', 'amount.amountMicros', 'amount.currencyCode', 'closeDate', 'stage']],
  ]
  let cells = 0
  for (const [object, headers, body, paths] of runs) {
    // People read their phones in the row's country (the Country column, not imported: mapped as a job title
    // it would be text, which the other columns have plenty of).
    const mapped = mappedFor(object, headers, paths).filter((m) => !(object === 'people' && m.name === 'Country'))
    const countryColumn = headers.indexOf('Country')
    checkTable(tableFromRows(headers, body), mapped, {
      settings: { defaultCountry: 'US' },
      ...(countryColumn >= 0 ? { countryColumn } : {}),
    })
    cells += body.length * mapped.length
  }
  return cells
}
