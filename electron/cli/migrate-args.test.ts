import { describe, expect, it } from 'vitest'
import { parseMigrateArgs } from './migrate-args'

describe('parseMigrateArgs', () => {
  it('reads a folder or files and the flags', () => {
    expect(
      parseMigrateArgs([
        'migrate',
        'exports/',
        '--workspace',
        'https://crm.example.com',
        '--dry-run',
        '--rate',
        '90',
        '--time-zone',
        'Europe/Berlin',
      ]),
    ).toEqual({
      command: 'migrate',
      inputs: ['exports/'],
      workspace: 'https://crm.example.com',
      preset: 'auto',
      dryRun: true,
      rate: 90,
      timeZone: 'Europe/Berlin',
    })
    expect(
      parseMigrateArgs([
        'migrate',
        'a.csv',
        'b.csv',
        '--workspace',
        'x',
        '--preset',
        'salesforce',
        '--batch-size',
        '50',
      ]).inputs,
    ).toEqual(['a.csv', 'b.csv'])
  })

  it('says what is wrong', () => {
    expect(() => parseMigrateArgs(['migrate', '--workspace', 'x'])).toThrow(/No folder or file given/)
    expect(() => parseMigrateArgs(['migrate', 'f'])).toThrow('--workspace: --workspace <base-url> is required')
    expect(() => parseMigrateArgs(['migrate', 'f', '--workspace', 'x', '--preset', 'zoho'])).toThrow(/^--preset: /)
    expect(() => parseMigrateArgs(['migrate', 'f', '--workspace', 'x', '--api-key', 'k'])).toThrow(/api-key/)
  })
})
