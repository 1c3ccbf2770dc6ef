import { describe, expect, it } from 'vitest'
import { checkAddress, describeConnected, errorHint, errorTarget, parseCount } from './workspace-form'

describe('checkAddress', () => {
  it('says nothing for an empty field', () => {
    expect(checkAddress('  ')).toEqual({ url: null, error: null, warning: null })
  })
  it('normalises a host without scheme to https and strips an API path', () => {
    expect(checkAddress('CRM.example.com/rest/')).toEqual({
      url: 'https://crm.example.com',
      error: null,
      warning: null,
    })
  })
  it('warns about http://', () => {
    const check = checkAddress('http://127.0.0.1:3000')
    expect(check.url).toBe('http://127.0.0.1:3000')
    expect(check.warning).toMatch(/not encrypted/)
  })
  it('refuses another scheme and credentials in the address', () => {
    expect(checkAddress('ftp://x.example.com').error).toMatch(/http:\/\/ or https:\/\//)
    expect(checkAddress('https://me:secret@x.example.com').error).toMatch(/user name or password/)
  })
})

describe('parseCount', () => {
  it('accepts whole numbers within range only', () => {
    expect(parseCount('60', 200)).toBe(60)
    expect(parseCount('0', 200)).toBeNull()
    expect(parseCount('201', 200)).toBeNull()
    expect(parseCount('1.5', 200)).toBeNull()
  })
})

describe('test results', () => {
  it('counts objects', () => {
    expect(describeConnected({ objectCount: 1, fetchedAt: 'not a date', warnings: [] })).toBe(
      'Connected: 1 object (model from not a date)',
    )
    expect(describeConnected({ objectCount: 12, fetchedAt: '2026-01-02T03:04:05Z', warnings: [] })).toMatch(
      /^Connected: 12 objects \(model from .+\)$/,
    )
  })
  it('points a bad key at the key field', () => {
    const error = { code: 'WORKSPACE_BAD_KEY', message: 'refused' }
    expect(errorTarget(error)).toBe('key')
    expect(errorHint(error)).toMatch(/API key/)
    expect(errorTarget({ code: 'WORKSPACE_SERVER_ERROR', message: '' })).toBeNull()
  })
})
