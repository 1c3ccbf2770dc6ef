import { describe, expect, it } from 'vitest'
import { ApiKeySchema, SetKeyRequestSchema } from './workspace-connection'
import { normalizeBaseUrl, WorkspaceDraftSchema } from './workspace-profile'

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://api.twenty.com', 'https://api.twenty.com'],
    ['https://api.twenty.com/', 'https://api.twenty.com'],
    ['  https://API.Twenty.com//  ', 'https://api.twenty.com'],
    ['crm.example.com', 'https://crm.example.com'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['https://crm.example.com:443/', 'https://crm.example.com'],
    ['https://crm.example.com/rest/', 'https://crm.example.com'],
    ['https://api.twenty.com/rest/metadata', 'https://api.twenty.com'],
    ['https://crm.example.com/graphql', 'https://crm.example.com'],
    ['https://crm.example.com/metadata', 'https://crm.example.com'],
    ['https://example.com/twenty/', 'https://example.com/twenty'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toEqual({ ok: true, url: expected })
  })

  it.each([
    ['', /Enter the address/],
    ['ftp://crm.example.com', /http:\/\/ or https:\/\//],
    ['file:///etc/passwd', /http:\/\/ or https:\/\//],
    ['https://', /http:\/\/ or https:\/\//],
    ['https://user:secret-key@crm.example.com', /user name or password/],
    ['https://crm.example.com/?token=secret-key', /query/],
    ['https://crm.example.com/#secret-key', /fragment/],
    ['https://exa mple.com', /http:\/\/ or https:\/\//],
  ])('refuses %j, and never repeats it', (input, message) => {
    const result = normalizeBaseUrl(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(message)
      expect(result.message).not.toContain('secret-key')
    }
  })
})

describe('WorkspaceDraftSchema', () => {
  it('fills defaults and normalises the address', () => {
    expect(WorkspaceDraftSchema.parse({ name: ' Acme ', baseUrl: 'crm.acme.io/' })).toEqual({
      name: 'Acme',
      baseUrl: 'https://crm.acme.io',
      rateLimitPerMinute: 100,
      batchSize: 60,
    })
  })

  it('refuses a batch over 200, a blank name and any extra field such as a key', () => {
    expect(WorkspaceDraftSchema.safeParse({ name: 'A', baseUrl: 'https://a.io', batchSize: 201 }).success).toBe(false)
    expect(WorkspaceDraftSchema.safeParse({ name: '  ', baseUrl: 'https://a.io' }).success).toBe(false)
    expect(WorkspaceDraftSchema.safeParse({ name: 'A', baseUrl: 'https://a.io', apiKey: 'k' }).success).toBe(false)
  })
})

describe('ApiKeySchema', () => {
  it('trims a pasted key and refuses what cannot be one header line, without echoing it', () => {
    expect(ApiKeySchema.parse('  eyJhbGciOiJIUzI1NiJ9.e30.sig\n')).toBe('eyJhbGciOiJIUzI1NiJ9.e30.sig')
    for (const bad of ['', '   ', 'two words-secret', 'line\nbreak-secret', 'é-secret', 'x'.repeat(8193)]) {
      const parsed = SetKeyRequestSchema.safeParse({ workspaceId: '00000000-0000-4000-8000-000000000001', apiKey: bad })
      expect(parsed.success).toBe(false)
      expect(JSON.stringify(parsed.error?.issues.map((i) => i.message))).not.toContain('secret')
    }
  })
})
