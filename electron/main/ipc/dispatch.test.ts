import { describe, expect, it, vi } from 'vitest'
import { dispatch, createEmit, type Handlers } from './dispatch'
import { UserError } from './user-error'

const WORKSPACE = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Acme',
  baseUrl: 'https://api.twenty.com',
  rateLimitPerMinute: 100,
  batchSize: 60,
  createdAt: '2026-01-01T00:00:00.000Z',
  hasKey: false,
}

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': async () => ({ version: '1.2.3', platform: 'linux', host: 'electron' }),
    'app:languages': async () => ({ languages: ['de-CH', 'en-US'] }),
    'file:pick': async () => ({ path: null }),
    'file:open': async () => ({ jobId: 'j1', name: 'a.csv', sizeBytes: 3 }),
    'file:cancel': async () => ({ cancelled: true }),
    'file:recent-list': async () => ({ files: [] }),
    'file:recent-remove': async () => ({ files: [] }),
    'workspace:list': async () => ({ workspaces: [], keychainError: null }),
    'workspace:save': async () => ({ workspace: WORKSPACE }),
    'workspace:remove': async () => ({ workspaces: [], keychainError: null }),
    'workspace:set-key': async () => ({ workspace: { ...WORKSPACE, hasKey: true } }),
    'workspace:clear-key': async () => ({ workspace: WORKSPACE, cleared: true }),
    'workspace:test': async () => ({ objectCount: 3, fetchedAt: '2026-01-01T00:00:00.000Z', warnings: [] }),
    'workspace:model': async () => ({ model: null }),
    'workspace:data-model': async () => ({ model: null, fetchedAt: null }),
    'workspace:find-values': async () => ({ found: [], unasked: [] }),
    'project:keys': async () => ({ sets: [], problems: [] }),
    'project:save': async () => ({ path: null, savedAt: '2026-01-01T00:00:00.000Z' }),
    'export:write': async () => ({ dir: null, paths: [] }),
    'export:project': async () => ({ dir: null, paths: [], files: [] }),
    'export:project-cancel': async () => ({ cancelled: false }),
    'template:list': async () => ({ templates: [], invalid: [] }),
    'template:save': async () => {
      throw new UserError('TEMPLATE_UNWRITABLE', 'no templates here')
    },
    'template:remove': async () => ({ removed: true }),
    'push:plan': async () => ({ rows: [], deletedUnknown: false }),
    'push:start': async () => ({ jobId: 'p1' }),
    'push:project-start': async () => ({ jobId: 'p2' }),
    'push:undo': async () => ({ jobId: 'u1' }),
    'push:undo-project': async () => ({ jobId: 'u1' }),
    'push:stop': async () => ({ stopping: false }),
    'fix-sheet:read': async () => ({ path: null, result: null }),
    'migrate:folder': async () => ({ folder: null, projectPath: null, reused: false, files: [], links: [], notes: [] }),
    'migrate:cancel': async () => ({ cancelled: false }),
    'project:open': async () => {
      throw new UserError('PROJECT_UNREADABLE', 'no project here')
    },
    ...overrides,
  }
}

describe('dispatch', () => {
  it('wraps a handler reply in ok', async () => {
    expect(await dispatch(handlers(), 'app:info', {})).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', host: 'electron' },
    })
  })

  it('refuses channels outside the allow-list', async () => {
    const result = await dispatch(handlers(), 'fs:delete-everything', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'IPC_UNKNOWN_CHANNEL' } })
  })

  it('rejects input that does not match the channel schema, naming the field', async () => {
    const open = vi.fn()
    const result = await dispatch(handlers({ 'file:open': open }), 'file:open', { path: 42 })
    expect(open).not.toHaveBeenCalled()
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('IPC_BAD_INPUT')
      expect(result.error.message).toContain('path')
    }
  })

  it('fills schema defaults before the handler sees the input', async () => {
    const open = vi.fn(async () => ({ jobId: 'j', name: 'n', sizeBytes: 1 }))
    await dispatch(handlers({ 'file:open': open }), 'file:open', { path: '/tmp/a.csv' })
    expect(open).toHaveBeenCalledWith({ path: '/tmp/a.csv', options: {} })
  })

  it('strips reply fields the contract does not name, so secrets cannot leak by accident', async () => {
    const leaky = async () => ({ version: '1', platform: 'linux', host: 'electron' as const, apiKey: 'secret' })
    const result = await dispatch(handlers({ 'app:info': leaky }), 'app:info', {})
    expect(JSON.stringify(result)).not.toContain('secret')
  })

  it('turns a UserError into its code and message, and anything else into INTERNAL', async () => {
    const missing = async () => {
      throw new UserError('FILE_NOT_FOUND', 'a.csv was not found')
    }
    expect(await dispatch(handlers({ 'file:open': missing }), 'file:open', { path: '/a.csv' })).toEqual({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', message: 'a.csv was not found' },
    })
    const bug = async () => {
      throw new TypeError('x is undefined')
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await dispatch(handlers({ 'file:pick': bug }), 'file:pick', {})
    spy.mockRestore()
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})

describe('createEmit', () => {
  it('validates events against the contract before sending', () => {
    const send = vi.fn()
    const emit = createEmit(send)
    emit('file:progress', { jobId: 'j', progress: { bytesRead: 1, totalBytes: 2, rowsRead: 0 } })
    expect(send).toHaveBeenCalledWith('file:progress', {
      jobId: 'j',
      progress: { bytesRead: 1, totalBytes: 2, rowsRead: 0 },
    })
    expect(() => emit('file:progress', { jobId: 'j' } as never)).toThrow()
  })
})

describe('the contract at compile time', () => {
  it('refuses a handler map that misses a channel (checked by tsc in npm run typecheck)', () => {
    // @ts-expect-error 'file:recent-remove' is missing: main must implement every channel of the contract
    const incomplete: Handlers = {
      'app:info': async () => ({ version: '1', platform: 'linux', host: 'electron' }),
      'file:pick': async () => ({ path: null }),
      'file:open': async () => ({ jobId: 'j', name: 'n', sizeBytes: 0 }),
      'file:cancel': async () => ({ cancelled: false }),
      'file:recent-list': async () => ({ files: [] }),
    }
    expect(Object.keys(incomplete)).toHaveLength(5)
  })
})
