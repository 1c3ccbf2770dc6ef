// Push progress on stderr: a live bar (records done, rate, ETA) redrawn in place on a terminal, else one plain
// line every few seconds so logs of servers and CI stay short. stdout is left to the final JSON.
import type { ProgressReporter } from '../main/push/push-prepared'

const PLAIN_EVERY_MS = 3_000
const BAR_WIDTH = 24

export function createProgressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): ProgressReporter {
  const started = now()
  let baseline: number | null = null
  let lastPlain = started
  let drawn = false
  let lastLookup = started
  return {
    lookup(progress) {
      const line = `Looking up existing records: ${progress.done}/${progress.total} values`
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${line}`)
        drawn = true
        return
      }
      // A log gets a line only while a long lookup runs (one every few seconds), never one for a quick lookup.
      if (now() - lastLookup < PLAIN_EVERY_MS) return
      lastLookup = now()
      stream.write(`preflight push: ${line.charAt(0).toLowerCase()}${line.slice(1)}\n`)
    },
    update(progress) {
      const done = progress.sent + progress.failed
      // Rows confirmed by an earlier run arrive in the first update: the rate counts this run's work only.
      baseline ??= done
      const elapsed = (now() - started) / 1000
      const perSecond = elapsed > 0 ? (done - baseline) / elapsed : 0
      const left = progress.total - done
      const eta = perSecond > 0 ? formatSeconds(left / perSecond) : '--'
      const rate = `${perSecond.toFixed(1)} records/s`
      if (stream.isTTY) {
        const filled = progress.total === 0 ? BAR_WIDTH : Math.round((done / progress.total) * BAR_WIDTH)
        const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`
        stream.write(`\r\x1b[2K[${bar}] ${done}/${progress.total} records  ${rate}  ETA ${eta}`)
        drawn = true
        return
      }
      if (now() - lastPlain < PLAIN_EVERY_MS) return
      lastPlain = now()
      stream.write(`preflight push: ${done}/${progress.total} records, ${rate}, ETA ${eta}\n`)
    },
    finish() {
      if (drawn) stream.write('\n')
      drawn = false
    },
  }
}

function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const m = Math.floor(s / 60)
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`
}
