import { describe } from 'vitest'
import { runCases, type ScalarCase } from './case-table.test-support'

const xColumn = { blankIsFalse: true } as const
const t = (raw: string, fix = 'BOOLEAN_MAPPED'): ScalarCase => ({ kind: 'boolean', raw, value: true, fix })
const f = (raw: string, fix = 'BOOLEAN_MAPPED'): ScalarCase => ({ kind: 'boolean', raw, value: false, fix })

const cases: ScalarCase[] = [
  { kind: 'boolean', raw: 'TRUE', value: true },
  { kind: 'boolean', raw: 'FALSE', value: false },
  { kind: 'boolean', raw: 'true', value: true },
  { kind: 'boolean', raw: 'False', value: false },
  t('yes'), f('no'), t('Y'), f('n'), t('1'), f('0'), t('on'), f('OFF'), t('t'), f('f'),
  t('x'), t('X'), t('✓'), t('✔'),
  t('Ja'), f('Nein'), t('ja'), f('nein'), t('wahr'), f('falsch'),
  t('oui'), f('non'), t('Vrai'), f('faux'),
  t('sí'), t('si'), f('No'), t('verdadero'), f('falso'),
  t('sì'), t('vero'),
  f('nee'), t('waar'), f('onwaar'),
  t('sim'), f('não'), f('nao'), t('verdadeiro'),
  t('да'), f('нет'), t('Истина'), f('ложь'),
  t('tak'), f('nie'), t('prawda'), f('fałsz'), f('FAŁSZ'),
  { kind: 'boolean', raw: '  yes ', value: true },
  { kind: 'boolean', raw: '', value: null },
  { kind: 'boolean', raw: '', context: xColumn, value: false, fix: 'BOOLEAN_BLANK_FALSE' },
  { kind: 'boolean', raw: '  ', context: xColumn, value: false, fix: 'BOOLEAN_BLANK_FALSE' },
  { kind: 'boolean', raw: 'x', context: xColumn, value: true },
  { kind: 'boolean', raw: 'maybe', value: null, code: 'BOOLEAN_INVALID' },
  { kind: 'boolean', raw: '2', value: null, code: 'BOOLEAN_INVALID' },
  { kind: 'boolean', raw: 'yes/no', value: null, code: 'BOOLEAN_INVALID' },
  { kind: 'boolean', raw: '-', value: null, code: 'BOOLEAN_INVALID' },
]

describe('boolean', () => runCases(cases))
