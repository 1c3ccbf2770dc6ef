// Runs against a real Secret Service (gnome-keyring in a private D-Bus session): `npm run test:keychain`.
import { randomUUID } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { CredentialStore } from './credential-store'

const service = `Preflight-test-${randomUUID()}`
const store = new CredentialStore(service)
const workspace = `workspace-${randomUUID()}`

afterEach(async () => {
  await store.clearKey(workspace)
})

describe('CredentialStore against the OS keychain', () => {
  it('stores, reads, replaces and clears a key', async () => {
    expect(await store.hasKey(workspace)).toBe(false)
    await store.setKey(workspace, 'eyJhbGciOiJIUzI1NiJ9.first')
    expect(await store.readKey(workspace)).toBe('eyJhbGciOiJIUzI1NiJ9.first')
    expect(await store.hasKey(workspace)).toBe(true)
    await store.setKey(workspace, '  eyJhbGciOiJIUzI1NiJ9.second  ')
    expect(await store.readKey(workspace)).toBe('eyJhbGciOiJIUzI1NiJ9.second')
    expect(await store.clearKey(workspace)).toBe(true)
    expect(await store.readKey(workspace)).toBeNull()
    expect(await store.clearKey(workspace)).toBe(false)
  })

  it('keeps one item per workspace', async () => {
    const other = `${workspace}-other`
    await store.setKey(workspace, 'key-a')
    await store.setKey(other, 'key-b')
    expect(await store.readKey(workspace)).toBe('key-a')
    expect(await store.readKey(other)).toBe('key-b')
    await store.clearKey(other)
    expect(await store.readKey(workspace)).toBe('key-a')
  })

  it('really lands in the Secret Service, not in a process-local fallback', async () => {
    await store.setKey(workspace, 'visible-to-secret-tool')
    const found = execFileSync('secret-tool', ['lookup', 'service', service, 'account', workspace]).toString()
    expect(found).toBe('visible-to-secret-tool')
  })

  it('refuses an empty key', async () => {
    await expect(store.setKey(workspace, '   ')).rejects.toThrow(/empty/)
  })
})
