// What an update does to a composite's subfields it does not resend (contract 10.4), through an upsert match and
// through PATCH: PHONES loses its additional phones; other composites keep theirs, except LINKS on an older server.
import { describe, expect, it } from 'vitest'
import { batch, call, useTestServer, uuid } from './test-support'
import type { WorkspaceServer } from './workspace-server'

const start = useTestServer()

const PHONES = {
  primaryPhoneNumber: '612345678',
  primaryPhoneCountryCode: 'FR',
  primaryPhoneCallingCode: '+33',
  additionalPhones: [{ number: '712345678', countryCode: 'FR', callingCode: '+33' }],
}
const LINKEDIN = {
  primaryLinkUrl: 'https://linkedin.com/in/ada',
  primaryLinkLabel: 'Ada',
  secondaryLinks: [{ url: 'https://ada.dev', label: 'site' }],
}

function seedAda(s: WorkspaceServer): void {
  s.seed('people', [
    {
      id: uuid(1),
      emails: { primaryEmail: 'ada@x.com', additionalEmails: ['ada@y.com'] },
      name: { firstName: 'Ada', lastName: 'L' },
      phones: PHONES,
      linkedinLink: LINKEDIN,
    },
  ])
}

describe('PHONES', () => {
  it('an upsert that resends the primary phone without additionalPhones stores additionalPhones null', async () => {
    const s = await start()
    seedAda(s)
    const phones = { primaryPhoneNumber: '699999999', primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' }
    expect((await batch(s, 'people', [{ emails: { primaryEmail: 'ada@x.com' }, phones }])).status).toBe(201)
    expect(s.records('people')[0]?.['phones']).toEqual({ ...phones, additionalPhones: null })
  })

  it('a PATCH of the country code alone keeps the number and codes stored but clears additionalPhones', async () => {
    const s = await start()
    seedAda(s)
    const answer = await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { phones: { primaryPhoneCallingCode: '+33' } })
    expect(answer.status).toBe(200)
    expect(answer.body.data.updatePerson.phones).toEqual({ ...PHONES, additionalPhones: null })
  })
})

describe('other composites keep the subfields not sent', () => {
  it('EMAILS, FULL_NAME and LINKS on a current server', async () => {
    const s = await start()
    seedAda(s)
    const answer = await batch(s, 'people', [
      {
        emails: { primaryEmail: 'ada@x.com' },
        name: { lastName: 'Lovelace' },
        linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ada2' },
      },
    ])
    expect(answer.status).toBe(201)
    expect(s.records('people')[0]).toMatchObject({
      emails: { primaryEmail: 'ada@x.com', additionalEmails: ['ada@y.com'] },
      name: { firstName: 'Ada', lastName: 'Lovelace' },
      linkedinLink: { ...LINKEDIN, primaryLinkUrl: 'https://linkedin.com/in/ada2' },
    })
  })

  it('but an older server (linksClearOnUpdate) nulls the link label and secondary links not resent', async () => {
    const s = await start({ linksClearOnUpdate: true })
    seedAda(s)
    await batch(s, 'people', [
      { emails: { primaryEmail: 'ada@x.com' }, linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ada2' } },
    ])
    expect(s.records('people')[0]?.['linkedinLink']).toEqual({
      primaryLinkUrl: 'https://linkedin.com/in/ada2',
      primaryLinkLabel: null,
      secondaryLinks: null,
    })
    // Sent whole, the link lands whole.
    await call(s, 'PATCH', `/rest/people/${uuid(1)}`, { linkedinLink: LINKEDIN })
    expect(s.records('people')[0]?.['linkedinLink']).toEqual(LINKEDIN)
  })
})
