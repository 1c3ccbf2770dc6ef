// Scores auto-mapping on real export headers and keeps it from regressing: the floor is the measured score.
import { describe, expect, it } from 'vitest'
import { EXPORT_FILES, type FixtureFile } from './export-headers.test-support'
import { stockTargets } from './stock-targets.test-support'
import { suggestMapping } from './suggest-mapping'

/** Share of fixture columns mapped to their expected path, as last measured (679 of 687): it may only rise. */
const SCORE_FLOOR = 679 / 687

function scoreAll(filter: (file: FixtureFile) => boolean = () => true) {
  const misses: string[] = []
  let total = 0
  let right = 0
  for (const file of EXPORT_FILES.filter(filter)) {
    const suggestions = suggestMapping({
      headers: file.columns.map((c) => c.header),
      samples: file.columns.map((c) => c.samples ?? []),
      targets: stockTargets(file.object),
      objectName: file.object,
    })
    file.columns.forEach((column, i) => {
      total++
      const got = suggestions[i]!.path
      if (got === column.expected) right++
      else
        misses.push(
          `${file.source}: "${column.header}" -> ${got} (expected ${column.expected}) ${suggestions[i]!.reason}`,
        )
    })
  }
  return { total, right, score: right / total, misses }
}

describe('auto-mapping score on real export headers', () => {
  it('has at least 120 scored columns', () => {
    expect(scoreAll().total).toBeGreaterThanOrEqual(120)
  })

  it('maps at least as many columns right as when last measured', () => {
    const { total, right, score, misses } = scoreAll()
    console.log(`auto-mapping score: ${right}/${total} = ${(score * 100).toFixed(1)}%`)
    if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`)
    expect(score).toBeGreaterThanOrEqual(SCORE_FLOOR)
  })

  it('reports the held-out files apart (written before the matcher ran on them)', () => {
    const { total, right, score } = scoreAll((f) => f.heldOut === true)
    console.log(`held-out score: ${right}/${total} = ${(score * 100).toFixed(1)}%`)
    expect(total).toBeGreaterThan(0)
  })
})
