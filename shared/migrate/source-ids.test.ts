import { describe, expect, it } from 'vitest'
import {
  isSalesforceId,
  nameKeyOf,
  salesforceObjectOf,
  salesforceSuffix,
  sourceKeyOf,
  splitLinkValues,
} from './source-ids'

describe('Salesforce ids', () => {
  it('computes the 18-character checksum Salesforce appends', () => {
    // Salesforce's documented example: 001A0000006Vm9r -> 001A0000006Vm9rIAC
    expect(salesforceSuffix('001A0000006Vm9r')).toBe('IAC')
    expect(isSalesforceId('001A0000006Vm9rIAC')).toBe(true)
    expect(isSalesforceId('001A0000006Vm9rIAX')).toBe(false)
    expect(isSalesforceId('001A0000006Vm9r')).toBe(true)
    expect(isSalesforceId('5100200300')).toBe(false)
  })

  it('tells objects apart by the key prefix', () => {
    expect(salesforceObjectOf('001A0000006Vm9rIAC')).toBe('Account')
    expect(salesforceObjectOf('0035g00000AbCdE')).toBe('Contact')
    expect(salesforceObjectOf('00Q5g00000AbCdE')).toBe('Lead')
    expect(salesforceObjectOf('006000000000001')).toBe('Opportunity')
    expect(salesforceObjectOf('zzz')).toBeNull()
  })

  it('keys a Salesforce id by its 15-character form, other systems by the trimmed value', () => {
    expect(sourceKeyOf('salesforce', ' 001A0000006Vm9rIAC ')).toBe('001A0000006Vm9r')
    expect(sourceKeyOf('salesforce', '001A0000006Vm9r')).toBe('001A0000006Vm9r')
    expect(sourceKeyOf('hubspot', ' 5100200300 ')).toBe('5100200300')
    expect(sourceKeyOf('pipedrive', '  ')).toBeNull()
  })
})

describe('association values', () => {
  it('splits ;-joined ids in order, once each', () => {
    expect(splitLinkValues('5100200300;5100200307; 5100200300 ;')).toEqual(['5100200300', '5100200307'])
    expect(splitLinkValues('')).toEqual([])
  })

  it('compares names without case, accents or extra spaces', () => {
    expect(nameKeyOf('  Société  Générale ')).toBe(nameKeyOf('societe generale'))
  })
})
