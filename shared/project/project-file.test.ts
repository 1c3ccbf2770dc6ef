import { describe, expect, it } from 'vitest'
import { parseProjectFile, PROJECT_FORMAT, PROJECT_VERSION } from './project-file'

const now = '2026-01-05T10:00:00.000Z'
const sha256 = 'a'.repeat(64)

function project(settings: Record<string, unknown> | undefined): unknown {
  const file = {
    id: 'people',
    path: 'people.csv',
    fingerprint: { size: 10, modifiedMs: 1, sha256 },
    columns: [{ id: 'c0', name: 'Met at' }],
    mapping: { object: 'people', columns: { 'Met at': null } },
    ...(settings === undefined ? {} : { settings }),
  }
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'Zones',
    createdAt: now,
    updatedAt: now,
    files: [file],
  }
}

describe('project file settings: the time zone', () => {
  it('reads a project saved before the setting existed, with no zone (this computer’s is used)', () => {
    const read = parseProjectFile(project({ dateOrder: 'dmy' }))
    expect(read.ok && read.project.files[0]!.settings).toEqual({ dateOrder: 'dmy' })
    const bare = parseProjectFile(project(undefined))
    expect(bare.ok && bare.project.files[0]!.settings).toEqual({})
  })

  it('keeps the zone a project was saved with', () => {
    const read = parseProjectFile(project({ timeZone: 'Europe/Berlin', defaultCountry: 'DE' }))
    expect(read.ok && read.project.files[0]!.settings).toEqual({ timeZone: 'Europe/Berlin', defaultCountry: 'DE' })
  })

  it('refuses a zone Intl does not know, saying where', () => {
    const read = parseProjectFile(project({ timeZone: 'Europe/Atlantis' }))
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(/^at files\.0\.settings\.timeZone: not a time zone/),
    })
  })
})

describe('project file: a migration’s source keys and links', () => {
  const withMigration = (extra: Record<string, unknown>) => {
    const json = project(undefined) as { files: Record<string, unknown>[] }
    return { ...json, files: [{ ...json.files[0], ...extra }] }
  }

  it('reads a project without them as before, and keeps them when present', () => {
    const plain = parseProjectFile(project(undefined))
    expect(plain.ok && 'source' in plain.project.files[0]!).toBe(false)
    const read = parseProjectFile(
      withMigration({
        source: { system: 'hubspot', keyColumn: 'Record ID' },
        links: [{ column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' }],
      }),
    )
    expect(read.ok && read.project.files[0]!.source).toEqual({
      system: 'hubspot',
      keyColumn: 'Record ID',
      nameColumn: null,
    })
    expect(read.ok && read.project.files[0]!.links).toEqual([
      { column: 'Associated Company IDs', field: 'company', target: 'companies', by: 'key' },
    ])
  })

  it('refuses a link of an unknown kind, saying where', () => {
    const read = parseProjectFile(
      withMigration({ links: [{ column: 'AccountId', field: 'company', target: 'account', by: 'guess' }] }),
    )
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^at files\.0\.links\.0\.by: /) })
  })
})
