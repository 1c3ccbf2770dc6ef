import { describe } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'

const r = (raw: string, value: string, fix: string | null = 'RATING_MAPPED'): ScalarCase =>
  fix === null ? { kind: 'rating', raw, value } : { kind: 'rating', raw, value, fix }

const cases: ScalarCase[] = [
  r('RATING_4', 'RATING_4', null),
  r('RATING_1', 'RATING_1', null),
  r('rating_3', 'RATING_3'),
  r('Rating 2', 'RATING_2'),
  r('5', 'RATING_5'),
  r('1', 'RATING_1'),
  r('3.0', 'RATING_3'),
  r('4/5', 'RATING_4'),
  r('4 / 5', 'RATING_4'),
  r('4 of 5', 'RATING_4'),
  r('4 out of 5', 'RATING_4'),
  r('4 von 5', 'RATING_4'),
  r('4 sur 5', 'RATING_4'),
  r('★★★★', 'RATING_4'),
  r('★★★☆☆', 'RATING_3'),
  r('⭐⭐⭐⭐⭐', 'RATING_5'),
  r('****', 'RATING_4'),
  r('*', 'RATING_1'),
  r('4 stars', 'RATING_4'),
  r('1 star', 'RATING_1'),
  r('4 Sterne', 'RATING_4'),
  r('3 étoiles', 'RATING_3'),
  r('4*', 'RATING_4'),
  { kind: 'rating', raw: '7', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: '0', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: '6', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: 'RATING_6', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: '******', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: '8/10', value: null, code: 'RATING_INVALID', suggestion: 'RATING_4' },
  { kind: 'rating', raw: '7 of 10', value: null, code: 'RATING_INVALID', suggestion: 'RATING_4' },
  { kind: 'rating', raw: '3.5', value: null, code: 'RATING_INVALID', suggestion: 'RATING_4' },
  { kind: 'rating', raw: '4,5', value: null, code: 'RATING_INVALID', suggestion: 'RATING_5' },
  { kind: 'rating', raw: 'high', value: null, code: 'RATING_INVALID' },
  { kind: 'rating', raw: '', value: null },
]

describe('rating', () => runCases(cases))
