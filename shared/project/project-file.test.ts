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
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, name: 'Zones', createdAt: now, updatedAt: now, files: [file] }
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
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^at files\.0\.settings\.timeZone: not a time zone/) })
  })
})
