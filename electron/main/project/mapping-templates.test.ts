import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MappingTemplates } from './mapping-templates'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preflight-templates-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('MappingTemplates', () => {
  it('saves, lists, replaces by name and removes templates; a broken file is reported, not used', async () => {
    const templates = new MappingTemplates(dir)
    const draft = {
      name: 'CRM export',
      object: 'people',
      headers: ['E-mail'],
      columns: { 'E-mail': 'emails.primaryEmail' },
      settings: { defaultCountry: 'DE' },
    }
    const first = await templates.save(draft)
    const second = await templates.save({ ...draft, columns: { 'E-mail': null } })
    expect(second.id).toBe(first.id)
    await mkdir(join(dir, 'mapping-templates'), { recursive: true })
    await writeFile(
      join(dir, 'mapping-templates', 'broken.json'),
      '{"format":"preflight-mapping-template","version":7}',
    )
    const list = await templates.list()
    expect(list.templates).toHaveLength(1)
    expect(list.templates[0]!.columns).toEqual({ 'E-mail': null })
    expect(list.invalid.map((i) => i.file)).toEqual(['broken.json'])
    await templates.remove(first.id)
    expect((await templates.list()).templates).toEqual([])
  })
})
