import { describe, expect, it } from 'vitest'
import { EMPTY_RESULT } from '../cell-result'
import type { TargetKind } from '../targets'
import { contactNormalizers, type ContactKind } from './index'
import { contextFor } from './contact-cases.test-support'

// Every contact kind is a target kind: a compile error here means targets.ts and this folder disagree.
const KINDS: readonly (ContactKind & TargetKind)[] = [
  'email',
  'emailList',
  'phone',
  'phoneCountry',
  'phoneCallingCode',
  'phoneList',
  'link',
  'domain',
  'linkLabel',
  'linkList',
  'address',
  'addressPart',
  'fullName',
  'firstName',
  'lastName',
]

describe('contactNormalizers', () => {
  it('has a normaliser for every contact kind', () => {
    expect(Object.keys(contactNormalizers).sort()).toEqual([...KINDS].sort())
  })

  it.each(KINDS)('%s: an empty or blank cell is the empty result, with no issue', (kind) => {
    for (const raw of ['', ' ', '\t \n', '\u00A0', '\u200B']) {
      expect(contactNormalizers[kind](raw, contextFor(kind, 'US'), { country: 'Germany' })).toEqual(EMPTY_RESULT)
    }
  })

  it.each(KINDS)('%s: never throws, whatever the cell holds', (kind) => {
    for (const raw of [
      '[',
      ']',
      '{}',
      '[{}]',
      '[null]',
      '"',
      '@',
      '+',
      '00',
      '()',
      '\\',
      'a'.repeat(5000),
      '😀',
      ', ; ,',
    ]) {
      const result = contactNormalizers[kind](raw, contextFor(kind, null))
      for (const issue of result.issues) expect(issue.code).toMatch(/^[A-Z]+(?:_[A-Z0-9]+)+$/)
    }
  })
})
