import { describe, expect, it } from 'vitest'
import { MemberIndex } from './member-index'

const members = new MemberIndex([
  { id: 'm1', name: { firstName: 'Jane', lastName: 'Owner' }, userEmail: 'jane@example.com' },
  { id: 'm2', name: { firstName: 'Tom', lastName: 'Member' }, userEmail: 'Tom.Member@example.com' },
  { id: 'm3', name: { firstName: 'Chris', lastName: 'Lee' }, userEmail: 'chris.a@example.com' },
  { id: 'm4', name: { firstName: 'Chris', lastName: 'Lee' }, userEmail: 'chris.b@example.com' },
])

describe('MemberIndex', () => {
  it('finds a member by full name (case, accents and spacing aside) or by email', () => {
    expect(members.find('Jane Owner')).toEqual({ kind: 'found', id: 'm1' })
    expect(members.find('  jane   OWNER ')).toEqual({ kind: 'found', id: 'm1' })
    expect(members.find('tom.member@EXAMPLE.com')).toEqual({ kind: 'found', id: 'm2' })
  })

  it('says missing for a name no member has and ambiguous for a name two members share', () => {
    expect(members.find('Nobody Known')).toEqual({ kind: 'missing' })
    expect(members.find('nobody@example.com')).toEqual({ kind: 'missing' })
    expect(members.find('Chris Lee')).toEqual({ kind: 'ambiguous' })
    expect(members.find('chris.b@example.com')).toEqual({ kind: 'found', id: 'm4' })
  })
})
