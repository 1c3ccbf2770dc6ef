// 20,000 people pushed through the real engine (runPush, its pacer, fsync'd journal and batches in flight) into the
// loopback test workspace throttled at 600 requests per minute and answering each request after 250 ms, as a real
// upsert of 60 records takes: records per second landed against the ceiling the limit allows (limit x batch size).
// Only what the server stores counts as landed; its own log says how many requests it refused.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startWorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import type { PushConnection } from '../main/push/sending/batch-request'
import { pacerFor } from '../main/push/pacing/workspace-pacers'
import { runPush, type PushRecord, type PushResult } from '../main/push/push-runner'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { findObject } from '../../shared/model/workspace-model'
import { rowIdentities } from '../../shared/push/row-keys'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { formatMs, nowMs } from './measure'

const FULL_RECORDS = 20_000
// The pacer sends its first request without waiting, so n requests take n-1 intervals: a few hundred records
// read a little above 1, 20,000 (334 requests) only 0.3% above what the pacing allows.
const MIN_RECORDS = 300
const BATCH_SIZE = 60
const RATE_PER_MINUTE = 600
// What one upsert of 60 people costs a real Twenty server (hundreds of ms): the engine must keep batches in flight
// to reach the ceiling, not add each round trip to the pacing.
const LATENCY_MS = 250
const API_KEY = 'pf_bench_3e9b1c7d5a'
const MODEL_PATH = join(import.meta.dirname, '..', '..', 'e2e', 'data', 'workspace-model.json')

const emailOf = (row: number): string => `bench.person${row}@example.com`

/** People in the API's shape (what toApiRecord outputs), each with a unique email so the server can tell them apart. */
function benchPeople(count: number): PushRecord[] {
  const records = Array.from({ length: count }, (_, row) => ({
    name: { firstName: `First${row}`, lastName: `Last${row}` },
    emails: { primaryEmail: emailOf(row), additionalEmails: null },
    jobTitle: row % 3 === 0 ? 'Account Executive' : 'Software Engineer',
    city: row % 2 === 0 ? 'Paris' : 'Montréal',
  }))
  const identities = rowIdentities(findObject(DEFAULT_MODEL, 'people')!, records)
  return records.map((record, row) => ({ row, record, ...identities[row]! }))
}

const storedEmail = (record: Record<string, unknown>): string =>
  String((record['emails'] as { primaryEmail?: unknown } | undefined)?.primaryEmail)

/** Rate-limit answers the push gave up on: a stop on WORKSPACE_RATE_LIMITED, or a row failed with a limit message. */
function rateLimitsToUser(result: PushResult): number {
  const stopped = result.stopped?.reason === 'error' && result.stopped.code === 'WORKSPACE_RATE_LIMITED' ? 1 : 0
  return (
    stopped +
    result.outcomes.filter((o) => o.status === 'failed' && /limit reached|rate limit/i.test(o.message ?? '')).length
  )
}

async function runPushBench(context: BenchContext): Promise<SectionResult> {
  const count = Math.max(MIN_RECORDS, Math.round(FULL_RECORDS * context.scale))
  const records = benchPeople(count)
  const model: unknown = JSON.parse(await readFile(MODEL_PATH, 'utf8'))
  const server = await startWorkspaceServer({
    model,
    apiKey: API_KEY,
    rateLimitPerMinute: RATE_PER_MINUTE,
    faults: { latencyMs: LATENCY_MS },
  })
  try {
    const connection: PushConnection = {
      baseUrl: server.url,
      host: new URL(server.url).host,
      key: API_KEY,
      timeoutMs: 30_000,
      pacer: pacerFor(server.url, RATE_PER_MINUTE),
    }
    const started = nowMs()
    const result = await runPush({
      connection,
      plural: 'people',
      records,
      journalPath: join(context.workDir, 'push-bench.jsonl'),
      batchSize: BATCH_SIZE,
      ratePerMinute: RATE_PER_MINUTE,
    })
    const pushMs = nowMs() - started

    const expected = new Set(records.map((_, row) => emailOf(row)))
    const stored = server.records('people')
    const landed = new Set(stored.map(storedEmail).filter((email) => expected.has(email)))
    const requests = server.requests.filter((r) => r.path === '/rest/batch/people')
    const server429s = requests.filter((r) => r.status === 429).length
    const ceiling = (RATE_PER_MINUTE / 60) * BATCH_SIZE
    const efficiency = landed.size / (pushMs / 1000) / ceiling
    context.log(
      `push: ${count.toLocaleString('en-US')} people in ${formatMs(pushMs)} (${requests.length} requests, ${server429s} answered 429), ` +
        `${stored.length.toLocaleString('en-US')} stored on the server, ${result.progress.failed} failed rows, ` +
        `stopped: ${result.stopped === null ? 'no' : JSON.stringify(result.stopped)}; ceiling ${ceiling} records/s`,
    )
    return {
      metrics: [
        { key: 'pushEfficiency', value: efficiency, min: 0.95 },
        { key: 'push429sToUser', value: rateLimitsToUser(result), max: 0 },
      ],
      details: {
        pushMs,
        pushRecords: count,
        pushStoredRecords: stored.length,
        pushDistinctLanded: landed.size,
        pushFailedRows: result.progress.failed,
        pushUnsentRows: count - result.progress.sent,
        pushRequests: requests.length,
        pushServer429s: server429s,
      },
    }
  } finally {
    await server.close()
  }
}

export const pushBench: BenchSection = { key: 'push', name: 'Push at 600 requests per minute', run: runPushBench }
