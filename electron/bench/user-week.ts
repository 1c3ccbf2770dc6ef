// `npm run week`: a consultant's week with the built CLI, at Twenty's default rate limit (100 requests a minute per
// workspace, GETs too) against the loopback test workspace. Not part of CI: it takes about half an hour.
//   1. The workspace already holds 5,000 of the people, 1,000 of them soft-deleted.
//   2. A 100,000-row people file (one in ten without an email: nothing unique) is pushed; the process is killed
//      (SIGKILL, as a crash) part-way, then the same command runs again to the end.
//   3. Next week's export: 150 new people at the top, 100 changed job titles (20 of them on rows without an email),
//      rows shuffled. The same command again.
//   4. The client says no: `preflight rollback <journal>` takes both pushes back out; the workspace must hold
//      exactly what it held before (the 5,000 with their old titles, the 1,000 deleted again).
// After each push the workspace must hold every row once, as the file has it, and nothing else; the server must
// have answered no request with 429. Prints one JSON line with what it measured; exits 1 when a check fails.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startWorkspaceServer, type StoredRecord } from '../../e2e/workspace-server/workspace-server'
import { SeededRandom } from './seeded-random'

const ROOT = resolve(__dirname, '../..')
const CLI = join(ROOT, 'out/main/cli.js')
const KEY = 'pf-week-key'
const ROWS = Number(process.env['PREFLIGHT_WEEK_ROWS'] ?? 100_000)
const KILL_AFTER_LANDED = Math.round(ROWS * 0.3)

interface Person {
  first: string
  last: string
  email: string
  title: string
  city: string
}

const people = (from: number, count: number, random: SeededRandom): Person[] =>
  Array.from({ length: count }, (_, n) => {
    const i = from + n
    return {
      first: `First${i}`,
      last: `Last${i}`,
      email: i % 10 === 3 ? '' : `person${i}@week.example.com`,
      title: `Title ${random.below(50)}`,
      city: `City ${random.below(300)}`,
    }
  })

const csvOf = (rows: readonly Person[]) =>
  [
    'First Name,Last Name,Email,Job Title,City',
    ...rows.map((p) => [p.first, p.last, p.email, p.title, p.city].join(',')),
  ].join('\n') + '\n'

function run(
  args: string[],
  onSpawn?: (kill: () => void) => void,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now()
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, PREFLIGHT_API_KEY: KEY } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  onSpawn?.(() => child.kill('SIGKILL'))
  return new Promise((done) =>
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: Date.now() - started })),
  )
}

const failures: string[] = []
function check(ok: boolean, what: string): void {
  if (!ok) failures.push(what)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`)

async function main(): Promise<void> {
  const model = JSON.parse(await readFile(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')) as unknown
  const server = await startWorkspaceServer({ model, apiKey: KEY, rateLimitPerMinute: 100 })
  const dir = await mkdtemp(join(tmpdir(), 'preflight-week-'))
  const random = new SeededRandom(7)
  const file = join(dir, 'people.csv')
  const args = ['push', file, '--object', 'people', '--workspace', server.url]
  const result: Record<string, unknown> = { rows: ROWS }
  try {
    let rows = people(0, ROWS, random)
    await writeFile(file, csvOf(rows))
    // The workspace already holds 5,000 of them (other job titles), 1,000 of those soft-deleted.
    const held = rows.filter((p) => p.email !== '').slice(0, Math.round(ROWS / 20))
    const seeded = server.seed(
      'people',
      held.map((p) => ({
        name: { firstName: p.first, lastName: p.last },
        emails: { primaryEmail: p.email },
        jobTitle: 'Old title',
      })),
    )
    for (const record of seeded.slice(0, Math.round(seeded.length / 5)))
      server.softDelete('people', record['id'] as string)
    log(`${ROWS} rows; the workspace holds ${seeded.length} of them, ${Math.round(seeded.length / 5)} soft-deleted`)

    // Push, killed part-way as by a crash.
    let killed = false
    const first = await run(args, (kill) => {
      const poll = setInterval(() => {
        const landed = server.records('people').length - seeded.length
        if (landed >= KILL_AFTER_LANDED) {
          killed = true
          clearInterval(poll)
          kill()
        }
      }, 500)
    })
    log(
      `first push killed=${killed} after ${(first.ms / 1000).toFixed(0)} s; ${server.records('people').length} people held`,
    )
    check(killed && first.signal === 'SIGKILL', 'the first push was killed part-way')
    const resumed = await run(args)
    log(`resumed push: exit ${resumed.code} after ${(resumed.ms / 1000).toFixed(0)} s: ${resumed.stdout.trim()}`)
    result['firstPushSeconds'] = Math.round((first.ms + resumed.ms) / 1000)
    result['resumed'] = JSON.parse(resumed.stdout || '{}')
    check(resumed.code === 0, 'the resumed push exits 0')
    verify(server.records('people'), rows, 'after the crash and the resume')

    // Next week's export: 150 new people first, 100 changed titles (20 on rows without email), shuffled.
    const fresh = people(ROWS, 150, random)
    const keyless = rows.map((p, i) => (p.email === '' ? i : -1)).filter((i) => i >= 0)
    const keyed = rows.map((p, i) => (p.email !== '' ? i : -1)).filter((i) => i >= 0)
    const changed = new Set([...keyless.slice(0, 20), ...keyed.slice(-80)])
    rows = rows.map((p, i) => (changed.has(i) ? { ...p, title: `${p.title} (promoted)` } : p))
    rows = [...fresh, ...shuffled(rows, random)]
    await writeFile(file, csvOf(rows))
    const planned = await run([...args, '--dry-run'])
    result['plannedNextWeek'] = pick(JSON.parse(planned.stdout || '{}') as Record<string, unknown>, [
      'create',
      'update',
      'restore',
      'unchanged',
      'recognised',
      'changed',
      'new',
    ])
    log(`dry run of next week: ${JSON.stringify(result['plannedNextWeek'])}`)
    const next = await run(args)
    log(`next week's push: exit ${next.code} after ${(next.ms / 1000).toFixed(0)} s: ${next.stdout.trim()}`)
    const report = JSON.parse(next.stdout || '{}') as Record<string, number>
    result['nextWeek'] = pick(report, ['created', 'updated', 'skipped', 'failed', 'recognised', 'changed', 'new'])
    result['nextWeekSeconds'] = Math.round(next.ms / 1000)
    check(
      report['created'] === 150 && report['updated'] === 100 && report['failed'] === 0,
      `next week creates 150 and updates 100 (got ${report['created']} and ${report['updated']})`,
    )
    verify(server.records('people'), rows, 'after next week’s push')
    // The client says no: both pushes come back out.
    const journal = `${file}.people.push-journal`
    const rolled = await run(['rollback', journal, '--workspace', server.url])
    log(`rollback: exit ${rolled.code} after ${(rolled.ms / 1000).toFixed(0)} s: ${rolled.stdout.trim().slice(0, 300)}`)
    const back = JSON.parse(rolled.stdout || '{}') as Record<string, number>
    result['rollback'] = pick(back, ['deleted', 'restored', 'skipped', 'failed'])
    result['rollbackSeconds'] = Math.round(rolled.ms / 1000)
    check(rolled.code === 0, 'the rollback exits 0')
    const after = server.records('people')
    const live = after.filter((r) => r['deletedAt'] === null || r['deletedAt'] === undefined)
    const liveIds = new Set(live.map((r) => r['id']))
    const wasLive = seeded.slice(Math.round(seeded.length / 5))
    check(
      live.length === wasLive.length && wasLive.every((r) => liveIds.has(r['id'])),
      `after the rollback only the ${wasLive.length} records that were live before are live (${live.length})`,
    )
    check(
      live.every((r) => r['jobTitle'] === 'Old title'),
      'after the rollback they hold their old titles again',
    )
    const refused = server.requests.filter((r) => r.status === 429).length
    result['server429s'] = refused
    result['requests'] = server.requests.length
    check(refused === 0, `no request was refused for the rate limit (${refused})`)
  } finally {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
  result['failures'] = failures
  console.log(JSON.stringify(result))
  if (failures.length > 0) process.exitCode = 1
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const pick = (from: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, from[k]]))

/** Every row once, as the file has it, none deleted, nothing else. */
function verify(records: readonly StoredRecord[], rows: readonly Person[], when: string): void {
  const live = records.filter((r) => r['deletedAt'] === null || r['deletedAt'] === undefined)
  check(live.length === records.length, `${when}: no record left soft-deleted (${records.length - live.length})`)
  check(records.length === rows.length, `${when}: the workspace holds ${records.length} people for ${rows.length} rows`)
  const byName = new Map<string, StoredRecord[]>()
  for (const r of records) {
    const name = r['name'] as { firstName: string }
    byName.set(name.firstName, [...(byName.get(name.firstName) ?? []), r])
  }
  let wrong = 0
  let twice = 0
  for (const p of rows) {
    const found = byName.get(p.first) ?? []
    if (found.length !== 1) twice++
    const r = found[0]
    const email = (r?.['emails'] as { primaryEmail: string } | undefined)?.primaryEmail ?? ''
    if (!r || r['jobTitle'] !== p.title || r['city'] !== p.city || email !== p.email) wrong++
  }
  check(twice === 0, `${when}: every row is one record (${twice} rows are none or several)`)
  check(wrong === 0, `${when}: every record is as the file has it (${wrong} differ)`)
}

main().catch((error: unknown) => {
  console.error('week crashed:', error)
  process.exitCode = 1
})
