import { describe, expect, it } from 'vitest'
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectFile,
  type ProjectSource,
} from '../../shared/project/project-file'
import { parseCliArgs } from './cli-args'
import { parsePushArgs, withTimeZoneFlag } from './push-args'

const now = '2026-01-05T10:00:00.000Z'

function project(projectZone: string | undefined, fileZones: readonly (string | undefined)[]): ProjectFile {
  const files: ProjectSource[] = fileZones.map((zone, i) => ({
    id: `f${i}`,
    path: `f${i}.csv`,
    fingerprint: { size: 1, modifiedMs: 1, sha256: 'a'.repeat(64) },
    open: {},
    columns: [],
    mapping: { object: 'people', columns: {} },
    settings: zone === undefined ? {} : { timeZone: zone },
    operations: [],
  }))
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'P',
    createdAt: now,
    updatedAt: now,
    workspace: null,
    settings: projectZone === undefined ? {} : { timeZone: projectZone },
    files,
  }
}

describe('--time-zone', () => {
  it('takes an IANA zone for check, export and push, as Intl spells it', () => {
    expect(parseCliArgs(['check', 'a.csv', '--object', 'people', '--time-zone', 'europe/berlin']).timeZone).toBe(
      'Europe/Berlin',
    )
    expect(parseCliArgs(['export', 'a.csv', '--object', 'people', '--out', 'o', '--time-zone', 'UTC']).timeZone).toBe(
      'UTC',
    )
    expect(parseCliArgs(['check', 'a.csv', '--object', 'people']).timeZone).toBeUndefined()
    const push = parsePushArgs([
      'push',
      'a.csv',
      '--object',
      'people',
      '--workspace',
      'http://x',
      '--time-zone',
      'America/New_York',
    ])
    expect(push).toMatchObject({ command: 'push', timeZone: 'America/New_York' })
  })

  it('is a usage error naming the flag when the zone is unknown', () => {
    expect(() => parseCliArgs(['check', 'a.csv', '--object', 'people', '--time-zone', 'Mars/Olympus'])).toThrow(
      /^--time-zone: "Mars\/Olympus" is not a time zone/,
    )
    expect(() => parsePushArgs(['push', 'p.preflight', '--workspace', 'http://x', '--time-zone', 'CEST'])).toThrow(
      /^--time-zone: "CEST"/,
    )
  })

  it('is kept for a project push, where the project decides whether it applies', () => {
    expect(
      parsePushArgs(['push', 'p.preflight', '--workspace', 'http://x', '--time-zone', 'Asia/Tokyo']),
    ).toMatchObject({ command: 'push-project', timeZone: 'Asia/Tokyo' })
    expect(() => parsePushArgs(['push', 'p.preflight', '--workspace', 'http://x', '--date-order', 'dmy'])).toThrow(
      /--date-order does not apply to a project/,
    )
  })

  it('fills in a project saved without a zone, and is refused by a project that carries one', () => {
    const old = project(undefined, [undefined, undefined])
    expect(withTimeZoneFlag(old, undefined, 'p.preflight')).toBe(old)
    expect(withTimeZoneFlag(old, 'Asia/Tokyo', 'p.preflight').settings).toEqual({ timeZone: 'Asia/Tokyo' })
    expect(() => withTimeZoneFlag(project('Europe/Berlin', [undefined]), 'Asia/Tokyo', 'p.preflight')).toThrow(
      /--time-zone does not apply to p\.preflight: the project carries its own time zone \(Europe\/Berlin\)/,
    )
    expect(() => withTimeZoneFlag(project(undefined, [undefined, 'UTC']), 'Asia/Tokyo', 'p.preflight')).toThrow(
      /its own time zone \(UTC\)/,
    )
    const kept = project('Europe/Berlin', [undefined])
    expect(withTimeZoneFlag(kept, undefined, 'p.preflight')).toBe(kept)
  })
})
