// The two-core check gives exactly what the one-thread check gives: same report, same per-row results.
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCheckReport } from '../../../shared/check/check-report'
import { checkTable } from '../../../shared/check/check-table'
import { resolveMapping } from '../../../shared/check/resolve-mapping'
import { listTargets } from '../../../shared/model/list-targets'
import { parseWorkspaceMetadata } from '../../../shared/model/parse-metadata'
import { findObject } from '../../../shared/model/workspace-model'
import { loadTable } from '../files/load-table'
import { checkTableInWorkers, checkTasks, idleCheckWorkers, splitByCost, startCheckWorkers } from './check-in-workers'
import { readFileSync } from 'node:fs'

const ROOT = resolve(__dirname, '../../..')
const PARSE_WORKER = join(ROOT, 'out/main/parse-worker.js')
const CHECK_WORKER = join(ROOT, 'out/main/check-worker.js')

describe('checkTableInWorkers', () => {
  it('splits columns into two shares of similar cost', () => {
    const people = findObject(
      parseWorkspaceMetadata(JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8'))).model,
      'people',
    )!
    const targets = listTargets(people, { objects: [people] })
    const byPath = (p: string) => targets.find((t) => t.path === p)!
    const mapped = ['emails.primaryEmail', 'phones.primaryPhoneNumber', 'jobTitle', 'city', 'birthday'].map(
      (p, column) => ({ column, name: p, target: byPath(p) }),
    )
    const [a, b] = splitByCost(mapped)
    expect([...a, ...b].sort()).toEqual([0, 1, 2, 3, 4])
    expect(a.includes(0)).not.toBe(a.includes(1))
  })

  it('makes a task of each column, the costliest first', () => {
    const people = findObject(
      parseWorkspaceMetadata(JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8'))).model,
      'people',
    )!
    const targets = listTargets(people, { objects: [people] })
    const byPath = (p: string) => targets.find((t) => t.path === p)!
    const mapped = ['jobTitle', 'city', 'emails.primaryEmail', 'birthday', 'phones.primaryPhoneNumber'].map(
      (p, column) => ({ column, name: p, target: byPath(p) }),
    )
    const tasks = checkTasks(mapped)
    expect([...tasks].sort()).toEqual([0, 1, 2, 3, 4])
    expect(tasks.slice(0, 2)).toEqual([2, 4])
  })

  it('reports exactly what the one-thread check reports', async () => {
    if (!existsSync(CHECK_WORKER)) throw new Error(`${CHECK_WORKER} is missing: run \`npm run build\` first`)
    const dir = await mkdtemp(join(tmpdir(), 'preflight-parallel-'))
    const path = join(dir, 'people.csv')
    const lines = ['Email,Phone,First Name,Country,Birthday,Job']
    const countries = ['US', 'Deutschland', 'France', '', 'UK']
    for (let i = 0; i < 40_000; i++) {
      // (over SAMPLE_ROWS, so the mostly distinct email column keeps one value per row)
      const email = i % 7 === 0 ? `dup${i % 50}@example.com` : i % 11 === 0 ? `bad${i}@nowhere` : `p${i}@example.com`
      const phone = i % 13 === 0 ? 'n/a' : `(415) 555-${String(i % 10000).padStart(4, '0')}`
      lines.push(
        `${email},${phone},Name${i % 300},${countries[i % 5]},${(i % 12) + 1}/${(i % 27) + 1}/1980,Role ${i % 9}`,
      )
    }
    await writeFile(path, lines.join('\n'))
    const { table, meta } = await loadTable(path, { workerPath: PARSE_WORKER })
    const model = parseWorkspaceMetadata(
      JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')),
    ).model
    const people = findObject(model, 'people')!
    const resolved = resolveMapping({
      headers: table.columns.map((c) => c.name),
      samples: table.columns.map((_, c) => table.rowsBetween(0, 100).map((r) => r[c]!)),
      targets: listTargets(people, model),
      objectName: 'people',
      file: { object: 'people', columns: { Country: null, Job: 'jobTitle' } },
    })
    const options = { settings: { defaultCountry: 'US' }, countryColumn: 3 }
    const one = checkTable(table, resolved.mapped, options)
    const two = await checkTableInWorkers(table, resolved.mapped, options, CHECK_WORKER)
    const report = (check: typeof one) =>
      buildCheckReport({ object: 'people', table, headerRow: meta.headerRow.used, resolved, check })
    expect(report(two)).toEqual(report(one))
    expect(report(one).issues.length).toBeGreaterThan(1000)
    for (const row of [0, 7, 13, 39_999]) {
      expect(two.columns.map((c) => c.resultAt(row))).toEqual(one.columns.map((c) => c.resultAt(row)))
    }
    // Again on the threads the first check left warm, and with a changed mapping.
    const again = await checkTableInWorkers(table, resolved.mapped, options, CHECK_WORKER)
    expect(report(again)).toEqual(report(one))
    const fewer = resolved.mapped.slice(1)
    const narrow = (check: typeof one) =>
      buildCheckReport({
        object: 'people',
        table,
        headerRow: meta.headerRow.used,
        resolved: { ...resolved, mapped: fewer },
        check,
      })
    expect(narrow(await checkTableInWorkers(table, fewer, options, CHECK_WORKER))).toEqual(
      narrow(checkTable(table, fewer, options)),
    )
  })

  it('reads date-times without a zone in the settings’ time zone on the threads too', async () => {
    if (!existsSync(CHECK_WORKER)) throw new Error(`${CHECK_WORKER} is missing: run \`npm run build\` first`)
    const dir = await mkdtemp(join(tmpdir(), 'preflight-parallel-zone-'))
    const path = join(dir, 'deals.csv')
    const lines = ['Deal,Close date,Created']
    for (let i = 0; i < 2_000; i++)
      lines.push(`Deal ${i},2024-03-${String((i % 28) + 1).padStart(2, '0')} 14:30,2024-10-27 02:30`)
    await writeFile(path, lines.join('\n'))
    const { table } = await loadTable(path, { workerPath: PARSE_WORKER })
    const model = parseWorkspaceMetadata(
      JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')),
    ).model
    const targets = listTargets(findObject(model, 'opportunities')!, model)
    const byPath = (p: string) => targets.find((t) => t.path === p)!
    const mapped = [
      { column: 1, name: 'Close date', target: byPath('closeDate') },
      { column: 2, name: 'Created', target: byPath('closeDate') },
    ]
    const options = { settings: { timeZone: 'Asia/Tokyo' } }
    const two = await checkTableInWorkers(table, mapped, options, CHECK_WORKER)
    expect(two.columns.map((c) => c.context.timeZone)).toEqual(['Asia/Tokyo', 'Asia/Tokyo'])
    expect(two.columns[0]!.resultAt(0).value).toBe('2024-03-01T05:30:00.000Z')
    expect(two.columns[1]!.resultAt(0).value).toBe('2024-10-26T17:30:00.000Z')
    const one = checkTable(table, mapped, options)
    for (const row of [0, 1, 1_999])
      expect(two.columns.map((c) => c.resultAt(row))).toEqual(one.columns.map((c) => c.resultAt(row)))
    const berlin = await checkTableInWorkers(table, mapped, { settings: { timeZone: 'Europe/Berlin' } }, CHECK_WORKER)
    expect(berlin.columns[1]!.resultAt(0).issues.map((i) => i.code)).toEqual(['DATETIME_AMBIGUOUS'])
    expect(berlin.columns[0]!.issues.map((i) => i.message).join(' ')).toContain('read in Europe/Berlin time')
  })

  it('settles numbers that read either way by the file’s other columns on the threads too', async () => {
    if (!existsSync(CHECK_WORKER)) throw new Error(`${CHECK_WORKER} is missing: run \`npm run build\` first`)
    const dir = await mkdtemp(join(tmpdir(), 'preflight-parallel-decimal-'))
    const path = join(dir, 'bedrijven.csv')
    const lines = ['Naam;Medewerkers;Omzet']
    for (let i = 0; i < 500; i++)
      lines.push(`Bedrijf ${i};${1 + (i % 9)}.${String(100 + i).slice(0, 3)};${i + 1}.500.000,00`)
    await writeFile(path, lines.join('\n'))
    const { table } = await loadTable(path, { workerPath: PARSE_WORKER })
    const model = parseWorkspaceMetadata(
      JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')),
    ).model
    const targets = listTargets(findObject(model, 'companies')!, model)
    const byPath = (p: string) => targets.find((t) => t.path === p)!
    const mapped = [
      { column: 1, name: 'Medewerkers', target: byPath('employees') },
      { column: 2, name: 'Omzet', target: byPath('annualRecurringRevenue.amountMicros') },
    ]
    const options = { settings: {} }
    const two = await checkTableInWorkers(table, mapped, options, CHECK_WORKER)
    expect(two.columns[0]!.resultAt(0).value).toBe(1100)
    expect(two.columns[0]!.issues).toEqual([])
    const one = checkTable(table, mapped, options)
    for (const row of [0, 1, 499])
      expect(two.columns.map((c) => c.resultAt(row))).toEqual(one.columns.map((c) => c.resultAt(row)))
  })

  it('starts its threads ahead of a check and checks on them', async () => {
    if (!existsSync(CHECK_WORKER)) throw new Error(`${CHECK_WORKER} is missing: run \`npm run build\` first`)
    // A script path of its own, so threads other tests left idle do not count.
    const dir = await mkdtemp(join(tmpdir(), 'preflight-start-'))
    const script = join(dir, 'check-worker.cjs')
    await writeFile(script, `require(${JSON.stringify(CHECK_WORKER)})`)
    expect(idleCheckWorkers(script)).toBe(0)
    startCheckWorkers(script)
    startCheckWorkers(script)
    expect(idleCheckWorkers(script)).toBe(2)
    const path = join(dir, 'people.csv')
    await writeFile(path, 'Email,Job\na@example.com,CEO\nnot an email,CTO\n')
    const { table } = await loadTable(path, { workerPath: PARSE_WORKER })
    const model = parseWorkspaceMetadata(
      JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')),
    ).model
    const targets = listTargets(findObject(model, 'people')!, model)
    const byPath = (p: string) => targets.find((t) => t.path === p)!
    const mapped = [
      { column: 0, name: 'Email', target: byPath('emails.primaryEmail') },
      { column: 1, name: 'Job', target: byPath('jobTitle') },
    ]
    // Both waiting threads take the check's tasks (none is started for it), and wait again after it.
    const during = checkTableInWorkers(table, mapped, { settings: {} }, script)
    expect(idleCheckWorkers(script)).toBe(0)
    const two = await during
    expect(idleCheckWorkers(script)).toBe(2)
    expect(two.columns.map((c) => c.resultAt(1))).toEqual(
      checkTable(table, mapped, { settings: {} }).columns.map((c) => c.resultAt(1)),
    )
  })
})
