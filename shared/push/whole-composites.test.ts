import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL } from '../model/default-model'
import { findObject } from '../model/workspace-model'
import { withWholeComposites } from './whole-composites'

const people = findObject(DEFAULT_MODEL, 'people')!

describe('withWholeComposites', () => {
  it('keeps the additional phones and the country an update of the primary number does not send', () => {
    const current = {
      id: 'x',
      phones: {
        primaryPhoneNumber: '2015550123',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
        additionalPhones: [{ number: '2015550199', countryCode: 'US', callingCode: '+1' }],
      },
      jobTitle: 'CEO',
    }
    const next = { phones: { primaryPhoneNumber: '2015550124' }, city: 'Paris' }
    expect(withWholeComposites(people, current, next)).toEqual({
      phones: {
        primaryPhoneNumber: '2015550124',
        primaryPhoneCountryCode: 'US',
        primaryPhoneCallingCode: '+1',
        additionalPhones: [{ number: '2015550199', countryCode: 'US', callingCode: '+1' }],
      },
      city: 'Paris',
    })
  })

  it('lets a subfield the update sends win, adds no field it does not send, and drops what is not a subfield', () => {
    const current = {
      emails: { primaryEmail: 'a@x.com', additionalEmails: ['b@x.com'], __typename: 'Emails' },
      phones: { primaryPhoneNumber: '1' },
    }
    const next = { emails: { primaryEmail: 'c@x.com', additionalEmails: null } }
    expect(withWholeComposites(people, current, next)).toEqual({
      emails: { primaryEmail: 'c@x.com', additionalEmails: null },
    })
  })
})
