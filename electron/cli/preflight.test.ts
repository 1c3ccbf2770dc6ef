// The built CLI (out/main/cli.js from `npm run build`) run as users run it, on the sample client files.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { CheckReport, ReportIssue } from '../../shared/check/check-report'

const ROOT = resolve(__dirname, '../..')
const CLI = join(ROOT, 'out/main/cli.js')
const data = (name: string) => join(ROOT, 'e2e/data', name)
const MODEL = data('workspace-model.json')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(...args: string[]): Promise<Run> {
  return runWith({}, ...args)
}

/** Runs the CLI with these environment variables on top of the test's own (TZ: the computer's time zone). */
function runWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`)
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

function issuesOf(report: CheckReport, code: string): readonly ReportIssue[] {
  return report.issues.filter((i) => i.code === code)
}

describe('preflight check', () => {
  it('reports a US people file against the workspace model with spreadsheet row numbers', async () => {
    const { code, stdout, stderr } = await run(
      'check',
      data('people-us.csv'),
      '--object',
      'people',
      '--model',
      MODEL,
      '--default-country',
      'US',
    )
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(Object.keys(report)).toEqual(['object', 'rows', 'mapping', 'issues', 'summary', 'fileWarnings'])
    expect(report.fileWarnings).toEqual([])
    expect(report.object).toBe('people')
    expect(report.rows).toBe(10)
    expect(report.mapping).toContainEqual({ column: 'Email', field: 'emails.primaryEmail' })
    expect(report.mapping).toContainEqual({ column: 'First Name', field: 'name.firstName' })
    expect(report.mapping).toContainEqual({ column: 'Segment', field: 'segment' })
    expect(issuesOf(report, 'EMAIL_INVALID')).toMatchObject([
      { row: 4, column: 'Email', field: 'emails.primaryEmail', severity: 'error', value: 'alan.turing@enigma' },
    ])
    expect(issuesOf(report, 'DUPLICATE_IN_FILE')).toMatchObject([{ row: 6, value: 'grace@cobol.dev' }])
    expect(issuesOf(report, 'DUPLICATE_IN_FILE')[0]!.message).toContain('row 3')
    expect(issuesOf(report, 'PHONE_INVALID')).toMatchObject([{ row: 7, value: 'n/a' }])
    expect(issuesOf(report, 'SELECT_UNKNOWN_OPTION')).toMatchObject([{ row: 6, field: 'segment', value: 'Startup' }])
    const birthday = report.issues.filter((i: ReportIssue) => i.field === 'birthday' && i.severity === 'error')
    expect(birthday).toMatchObject([{ row: 7, value: '13/08/1936', suggestion: '1936-08-13' }])
    expect(report.summary).toMatchObject({ rowsWithErrors: 3 })
    expect(report.summary.errors).toBe(report.issues.filter((i: ReportIssue) => i.severity === 'error').length)
    expect(report.summary.fixed).toBeGreaterThan(10)
  })

  it('reads a Windows-1252 semicolon file of German companies with day-first dates', async () => {
    const { code, stdout } = await run('check', data('companies-eu.csv'), '--object', 'companies', '--model', MODEL)
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.rows).toBe(6)
    expect(report.mapping).toContainEqual({ column: 'Webseite', field: 'domainName.primaryLinkUrl' })
    expect(report.mapping).toContainEqual({ column: 'Mitarbeiter', field: 'employees' })
    const dates = report.issues.filter((i: ReportIssue) => i.column === 'Kunde seit')
    expect(dates).toMatchObject([{ row: 6, code: 'DATE_INVALID', value: '30.02.2020' }])
    expect(issuesOf(report, 'DUPLICATE_IN_FILE')).toMatchObject([{ row: 5, column: 'Webseite' }])
    const employees = report.issues.filter((i: ReportIssue) => i.column === 'Mitarbeiter')
    expect(employees).toMatchObject([
      { row: 1, code: 'NUMBER_SEPARATOR_AMBIGUOUS', severity: 'warning' },
      { row: 6, code: 'NUMBER_INVALID', value: 'ca. 80', severity: 'error', suggestion: '80' },
    ])
  })

  it('opens the Deals sheet of a workbook with its header on row 3', async () => {
    const { stdout } = await run('check', data('opportunities.xlsx'), '--object', 'opportunities', '--model', MODEL)
    const report = JSON.parse(stdout)
    expect(report.rows).toBe(5)
    expect(report.mapping).toContainEqual({ column: 'Stage', field: 'stage' })
    const stage = report.issues.filter((i: ReportIssue) => i.field === 'stage')
    expect(stage).toMatchObject([{ row: 6, code: 'SELECT_UNKNOWN_OPTION', value: 'Won' }])
    expect(report.issues.filter((i: ReportIssue) => i.value === 'next quarter')).toMatchObject([
      { row: 7, severity: 'error' },
    ])
  })

  it('follows a mapping file and auto-maps the columns it does not name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-cli-'))
    const mapping = join(dir, 'mapping.json')
    await writeFile(mapping, JSON.stringify({ object: 'people', columns: { Title: null, City: 'jobTitle' } }))
    const { stdout } = await run('check', data('people-us.csv'), '--object', 'people', '--mapping', mapping)
    const report = JSON.parse(stdout)
    expect(report.mapping).toContainEqual({ column: 'Title', field: null })
    expect(report.mapping).toContainEqual({ column: 'City', field: 'jobTitle' })
    expect(report.mapping).toContainEqual({ column: 'Email', field: 'emails.primaryEmail' })
  })

  it('exits 2 with one line on stderr when it cannot run', async () => {
    const cases: [string[], RegExp][] = [
      [['check', data('missing.csv'), '--object', 'people'], /missing\.csv.*not found/i],
      [['check', data('people-us.csv'), '--object', 'spaceships'], /Unknown object "spaceships"/],
      [['check', data('people-us.csv')], /--object/],
      [['frobnicate', data('people-us.csv'), '--object', 'people'], /Unknown command/],
      [['check', data('people-us.csv'), '--object', 'people', '--date-order', 'ydm'], /--date-order/],
      [
        ['check', data('people-us.csv'), '--object', 'people', '--time-zone', 'Mars/Olympus'],
        /^--time-zone: "Mars\/Olympus" is not a time zone/,
      ],
      [['check', data('people-us.csv'), '--object', 'people', '--model', data('people-us.csv')], /not valid JSON/],
      [['export', data('people-us.csv'), '--object', 'people'], /--out/],
    ]
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(...args)
      expect({ args, code }).toEqual({ args, code: 2 })
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(message)
    }
  })
})

describe('preflight check: file problems and empty rows', () => {
  it('reports an unclosed quote and rows wider than the header as file warnings, exits 1, and counts empty rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-cli-warn-'))
    const source = join(dir, 'people.csv')
    await writeFile(
      source,
      'Email,First Name\nada@example.com,Ada\n,\nbob@example.com,Bob,Smith\ncy@example.com,"Cy\ndee@example.com,Dee\n',
    )
    const { code, stdout, stderr } = await run('check', source, '--object', 'people')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.summary).toMatchObject({ errors: 0, emptyRows: 1 })
    expect(report.fileWarnings).toMatchObject([
      { code: 'UNCLOSED_QUOTE', file: 'people.csv', row: 5, column: 'First Name', count: 1 },
      { code: 'ROW_TOO_WIDE', file: 'people.csv', row: 4, column: 'Column C', count: 1 },
    ])
    expect(report.fileWarnings[0].message).toContain(
      'people.csv, row 5, column "First Name": a quote opens there and is never closed',
    )
  })

  it('exits 2 with one line on stderr for a web page saved as .xls', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-cli-html-'))
    const source = join(dir, 'people.xls')
    await writeFile(
      source,
      '<html><body><table><tr><td>Email</td></tr><tr><td>ada@example.com</td></tr></table></body></html>',
    )
    const { code, stdout, stderr } = await run('check', source, '--object', 'people')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/people\.xls is a web page \(HTML\).*nothing was read.*save it as \.xlsx or \.csv/)
  })
})

describe('--time-zone', () => {
  const DEALS = 'Deal,Close date\nRenewal,2024-03-05 14:30\nPilot,2024-07-01T09:00:00Z\nSpring,2024-03-31 02:30\n'

  async function exported(
    env: NodeJS.ProcessEnv,
    ...flags: string[]
  ): Promise<{ report: CheckReport; closeDates: string[] }> {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-zone-'))
    const source = join(dir, 'deals.csv')
    await writeFile(source, DEALS)
    const { code, stdout, stderr } = await runWith(
      env,
      'export',
      source,
      '--object',
      'opportunities',
      '--out',
      join(dir, 'out'),
      ...flags,
    )
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const text = await readFile(join(dir, 'out', 'opportunities-001.csv'), 'utf8')
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
    return { report: JSON.parse(stdout), closeDates: rows.map((r) => r['Close date']!) }
  }

  it('reads date-times without a zone in the zone given, whatever the computer’s, and keeps explicit offsets', async () => {
    const { report, closeDates } = await exported({ TZ: 'America/Los_Angeles' }, '--time-zone', 'Europe/Berlin')
    expect(closeDates).toEqual(['2024-03-05T13:30:00.000Z', '2024-07-01T09:00:00.000Z', '2024-03-31T01:30:00.000Z'])
    expect(issuesOf(report, 'DATETIME_NO_TIMEZONE')).toMatchObject([
      { column: 'Close date', severity: 'warning', message: expect.stringContaining('read in Europe/Berlin time') },
    ])
    // 02:30 on 31 March 2024 never happened in Berlin: a warning with the reading taken, never silent.
    expect(issuesOf(report, 'DATETIME_NONEXISTENT')).toMatchObject([
      { row: 4, severity: 'warning', value: '2024-03-31 02:30', suggestion: '2024-03-31T03:30:00+02:00' },
    ])
  })

  it('defaults to this computer’s zone', async () => {
    const { report, closeDates } = await exported({ TZ: 'America/New_York' })
    expect(closeDates).toEqual(['2024-03-05T19:30:00.000Z', '2024-07-01T09:00:00.000Z', '2024-03-31T06:30:00.000Z'])
    expect(issuesOf(report, 'DATETIME_NO_TIMEZONE')[0]!.message).toContain('America/New_York')
    expect(issuesOf(report, 'DATETIME_NONEXISTENT')).toEqual([])
  })
})

describe('preflight export', () => {
  it('writes rows that leave a checkbox empty to files without that column, says so, and leaves empty rows out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-export-bool-'))
    const source = join(dir, 'companies.csv')
    await writeFile(source, 'Name,ICP\nAcme,yes\nBeta,\n,\nGamma,no\n')
    const mapping = join(dir, 'mapping.json')
    await writeFile(
      mapping,
      JSON.stringify({ object: 'companies', columns: { Name: 'name', ICP: 'idealCustomerProfile' } }),
    )
    const out = join(dir, 'out')
    const { code, stdout } = await run('export', source, '--object', 'companies', '--mapping', mapping, '--out', out)
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.summary).toMatchObject({ errors: 0, emptyRows: 1 })
    expect(report.files.map((f: string) => f.replace(out, ''))).toEqual([
      '/companies-001.csv',
      '/companies-no-idealCustomerProfile-001.csv',
      '/companies-rejected.csv',
    ])
    expect(report.notes).toEqual([
      'companies-no-idealCustomerProfile-001.csv: 1 row leaves "ICP" empty, so that column is left out ' +
        "(Twenty's import would set an empty checkbox to false, overwriting a stored true). Import these files too.",
    ])
    const read = async (name: string) =>
      Papa.parse<string[]>((await readFile(join(out, name), 'utf8')).slice(1), { skipEmptyLines: true }).data
    expect(await read('companies-001.csv')).toEqual([
      ['Name', 'ICP'],
      ['Acme', 'TRUE'],
      ['Gamma', 'FALSE'],
    ])
    expect(await read('companies-no-idealCustomerProfile-001.csv')).toEqual([['Name'], ['Beta']])
  })

  it('writes Twenty import files of valid rows and a rejected file with the original values', async () => {
    const out = await mkdtemp(join(tmpdir(), 'preflight-export-'))
    const { code, stdout } = await run(
      'export',
      data('people-us.csv'),
      '--object',
      'people',
      '--model',
      MODEL,
      '--default-country',
      'US',
      '--out',
      out,
    )
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.files.map((f: string) => f.replace(out, ''))).toEqual([
      '/people-001.csv',
      '/people-no-newsletter-001.csv',
      '/people-rejected.csv',
      '/people-rejected.xlsx',
    ])
    expect((await readdir(out)).sort()).toEqual([
      'people-001.csv',
      'people-no-newsletter-001.csv',
      'people-rejected.csv',
      'people-rejected.xlsx',
    ])
    expect(report.notes).toHaveLength(1)
    expect(report.summary.emptyRows).toBe(0)

    const text = await readFile(join(out, 'people-001.csv'), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows).toHaveLength(6)
    expect(rows.every((r) => r['Newsletter'] === 'TRUE' || r['Newsletter'] === 'FALSE')).toBe(true)
    const noNewsletter = (await readFile(join(out, 'people-no-newsletter-001.csv'), 'utf8')).slice(1)
    const others = Papa.parse<Record<string, string>>(noNewsletter, { header: true, skipEmptyLines: true })
    expect(others.data).toHaveLength(1)
    expect(others.meta.fields).not.toContain('Newsletter')
    const ada = rows.find((r) => r['Name / First Name'] === 'Ada')!
    expect(ada['Emails / Primary Email']).toBe('ada.lovelace@analytical.io')
    expect(ada['Phones / Primary Phone Number']).toBe('4159095555')
    expect(ada['Phones / Primary Phone Country Code']).toBe('US')
    expect(ada['Phones / Primary Phone Calling Code']).toBe('+1')
    expect(ada['Company / Domain Name / Link URL']).toBe('https://analytical.io')
    expect(ada['Birthday']).toBe('1985-12-10')
    expect(ada['Newsletter']).toBe('TRUE')
    expect(ada['Segment']).toBe('ENTERPRISE')
    expect(JSON.parse(ada['Interests']!)).toEqual(['PRODUCT', 'PRICING'])
    expect(ada['Engagement']).toBe('RATING_5')
    expect(JSON.parse(ada['Tags']!)).toEqual(['vip', 'early-adopter'])

    const rejected = Papa.parse<Record<string, string>>(
      (await readFile(join(out, 'people-rejected.csv'), 'utf8')).slice(1),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data
    expect(rejected.map((r) => r['First Name'])).toEqual(['Alan', 'Linus', 'Margaret'])
    expect(rejected[0]!['Email']).toBe('alan.turing@enigma')
    expect(rejected[0]!['Errors']).toContain('Email:')
  })

  it('splits more than 10,000 valid rows into numbered files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preflight-split-'))
    const source = join(dir, 'many.csv')
    const lines = ['Email,First Name']
    for (let i = 0; i < 25_001; i++) lines.push(`person${i}@example.com,P${i}`)
    await writeFile(source, lines.join('\n'))
    const out = join(dir, 'out')
    const { code } = await run('export', source, '--object', 'people', '--out', out)
    expect(code).toBe(0)
    expect((await readdir(out)).sort()).toEqual([
      'people-001.csv',
      'people-002.csv',
      'people-003.csv',
      'people-rejected.csv',
    ])
    const counts = await Promise.all(
      ['people-001.csv', 'people-002.csv', 'people-003.csv'].map(
        async (f) =>
          Papa.parse((await readFile(join(out, f), 'utf8')).slice(1), { header: true, skipEmptyLines: true }).data
            .length,
      ),
    )
    expect(counts).toEqual([10_000, 10_000, 5_001])
  })
})
