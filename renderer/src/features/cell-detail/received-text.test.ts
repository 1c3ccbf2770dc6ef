import { describe, expect, it } from 'vitest'
import { receivedText } from './received-text'

describe('receivedText', () => {
  it('shows the value Twenty receives, parts by name, lists joined', () => {
    expect(receivedText({ value: 'ada@example.com', issues: [], fixes: [] })).toBe('ada@example.com')
    expect(receivedText({ value: 36140840000, issues: [], fixes: [] })).toBe('36140840000')
    expect(receivedText({ value: true, issues: [], fixes: [] })).toBe('true')
    expect(receivedText({ value: ['vip', 'partner'], issues: [], fixes: [] })).toBe('vip, partner')
    expect(
      receivedText({
        value: '+14155550100',
        parts: { primaryPhoneNumber: '4155550100', primaryPhoneCallingCode: '+1', primaryPhoneCountryCode: 'US' },
        issues: [],
        fixes: [],
      }),
    ).toBe('primaryPhoneNumber: 4155550100 · primaryPhoneCallingCode: +1 · primaryPhoneCountryCode: US')
  })

  it('says nothing is written for an empty or unreadable value', () => {
    expect(receivedText({ value: null, issues: [], fixes: [] })).toBeNull()
    expect(receivedText({ value: null, parts: { firstName: null }, issues: [], fixes: [] })).toBeNull()
  })
})
