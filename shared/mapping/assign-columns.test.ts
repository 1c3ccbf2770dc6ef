import { describe, expect, it } from 'vitest'
import { stockTargets } from './stock-targets.test-support'
import { assignColumns, type ColumnProposal } from './assign-columns'

const people = stockTargets('people')
const proposal = (column: number, header: string, ...candidates: [string | null, number][]): ColumnProposal => ({
  column,
  header,
  candidates: candidates.map(([path, confidence]) => ({ path, confidence, reason: `reason ${header}` })),
  extras: [],
})

describe('assignColumns: conflicts', () => {
  it('gives a field to the more confident column, whatever the column order', () => {
    const result = assignColumns(
      [
        proposal(0, 'E-Mail', ['emails.primaryEmail', 0.8]),
        proposal(1, 'Emails / Primary Email', ['emails.primaryEmail', 1]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual([null, 'emails.primaryEmail'])
    expect(result[0]).toMatchObject({
      confidence: 0,
      reason: 'reason E-Mail, but column "Emails / Primary Email" took "Emails / Primary Email"',
      alternatives: [{ path: 'emails.primaryEmail', confidence: 0.8 }],
    })
  })

  it('lets the loser fall back to its next candidate, naming the column that took the field', () => {
    const result = assignColumns(
      [
        proposal(0, 'Email', ['emails.primaryEmail', 0.8], ['emails.additionalEmails', 0.79]),
        proposal(1, 'Email (2)', ['emails.primaryEmail', 0.7], ['emails.additionalEmails', 0.69]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual(['emails.primaryEmail', 'emails.additionalEmails'])
    expect(result[1]?.reason).toBe('reason Email (2); column "Email" took "Emails / Primary Email"')
    expect(result[1]?.alternatives.map((a) => a.path)).toEqual(['emails.primaryEmail'])
  })

  it('breaks ties by column order, as Twenty does', () => {
    const result = assignColumns(
      [
        proposal(0, 'Phone', ['phones.primaryPhoneNumber', 0.8]),
        proposal(1, 'Mobile', ['phones.primaryPhoneNumber', 0.8]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual(['phones.primaryPhoneNumber', null])
  })

  it('keeps a whole field from a column while other columns hold its parts', () => {
    const result = assignColumns(
      [
        proposal(0, 'Name', ['name', 0.9], ['name.lastName', 0.79]),
        proposal(1, 'First Name', ['name.firstName', 0.85]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual(['name.lastName', 'name.firstName'])
    expect(result[0]?.reason).toBe('reason Name; the parts of "Name" are in "First Name"')
  })

  it('does not let a whole field and its part go to two columns', () => {
    const result = assignColumns(
      [
        proposal(0, 'Full Name', ['name', 0.8]),
        proposal(1, 'Role', ['jobTitle', 0.9], ['name.firstName', 0.5]),
        proposal(2, 'Job Title', ['jobTitle', 1]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual(['name', null, 'jobTitle'])
    expect(result[1]?.reason).toBe(
      'reason Role, but column "Job Title" took "Job Title"; column "Full Name" took "Name"',
    )
  })

  it('links a relation through one column only', () => {
    const result = assignColumns(
      [
        proposal(0, 'Company Id', ['company.id', 0.97]),
        proposal(1, 'Website', ['company.domainName.primaryLinkUrl', 0.8]),
      ],
      people,
    )
    expect(result.map((s) => s.path)).toEqual(['company.id', null])
    expect(result[1]?.reason).toContain('column "Company Id" took "Company / Id"')
  })

  it('stops at a null candidate: "do not import" is a decision, not a miss', () => {
    const result = assignColumns([proposal(0, 'Company', [null, 0.8], ['company.id', 0.3])], people)
    expect(result[0]).toMatchObject({ path: null, confidence: 0.8, reason: 'reason Company' })
    expect(result[0]?.alternatives.map((a) => a.path)).toEqual(['company.id'])
  })

  it('keeps paths a saved mapping already decided, and the fields around them', () => {
    const result = assignColumns(
      [
        proposal(0, 'Full Name', ['name', 0.8]),
        proposal(1, 'Email', ['emails.primaryEmail', 0.8], ['emails.additionalEmails', 0.79]),
      ],
      people,
      ['name.lastName', 'emails.primaryEmail'],
    )
    expect(result.map((s) => s.path)).toEqual([null, 'emails.additionalEmails'])
    expect(result[0]?.reason).toBe('reason Full Name, but the saved mapping took "Name / Last Name"')
    expect(result[1]?.reason).toBe('reason Email; the saved mapping took "Emails / Primary Email"')
  })

  it('explains a column nothing matched', () => {
    expect(assignColumns([proposal(0, 'Notes')], people)[0]).toEqual({
      column: 0,
      path: null,
      confidence: 0,
      reason: 'No field matches header "Notes", and its values show no known pattern',
      alternatives: [],
    })
  })
})
