import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import { rowIdentities } from './row-keys'

const people = findObject(DEFAULT_MODEL, 'people')!

describe('rowIdentities', () => {
  const ada = { name: { firstName: 'Ada', lastName: 'Lovelace' }, emails: { primaryEmail: 'ada@acme.com' } }
  const grace = { name: { firstName: 'Grace', lastName: 'Hopper' } }

  it('keys a row by its unique value, else by its content', () => {
    const [a, g] = rowIdentities(people, [ada, grace])
    expect(a!.key).toBe('u:emails.primaryEmail=ada@acme.com')
    expect(g!.key).toMatch(/^h:/)
    expect(g!.alt).toMatch(/^n:/)
  })

  it('keys a row with a source key by it, so an edited export (even a changed email) finds its record', () => {
    const before = rowIdentities(people, [ada, grace], ['8100', '8101'])
    const after = rowIdentities(
      people,
      [
        { ...ada, emails: { primaryEmail: 'ada@lovelace.org' } },
        { ...grace, jobTitle: 'Rear admiral' },
      ],
      [' 8100 ', '8101'],
    )
    expect(before.map((r) => r.key)).toEqual(['src:8100', 'src:8101'])
    expect(after.map((r) => r.key)).toEqual(before.map((r) => r.key))
    expect(after[0]!.hash).not.toBe(before[0]!.hash)
    expect(before.every((r) => r.alt === null)).toBe(true)
  })

  it('falls back to the unique value where a row has no source key, and tells repeated source keys apart', () => {
    const keys = rowIdentities(people, [ada, grace, grace], [null, '', '7'])
    expect(keys[0]!.key).toBe('u:emails.primaryEmail=ada@acme.com')
    expect(keys[1]!.key).toMatch(/^h:/)
    expect(keys[2]!.key).toBe('src:7')
    expect(rowIdentities(people, [grace, grace], ['7', '7']).map((r) => r.key)).toEqual(['src:7', 'src:7#2'])
  })
})
