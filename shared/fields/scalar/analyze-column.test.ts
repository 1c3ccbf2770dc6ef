import { describe, expect, it } from 'vitest'
import { analyzeColumn } from './analyze-column'
import { scalarNormalizers } from './index'

describe('analyzeColumn: day/month order', () => {
  it('takes the order a value proves', () => {
    expect(analyzeColumn('date', ['01/02/2020', '25/12/2020'], [], {}).context.dateOrder).toBe('dmy')
    expect(analyzeColumn('date', ['01/02/2020', '12/25/2020'], [], {}).context.dateOrder).toBe('mdy')
  })
  it('reports an unproven column once, with evidence, and leaves the order open', () => {
    const values = Array.from({ length: 5000 }, (_, i) => `${(i % 12) + 1}/${((i + 5) % 12) + 1}/${1950 + (i % 60)}`)
    const { context, issues } = analyzeColumn('date', values, [], {})
    expect(context.dateOrder).toBeNull()
    expect(issues).toHaveLength(1)
    expect(issues[0]?.code).toBe('DATE_AMBIGUOUS')
    expect(issues[0]?.evidence.length).toBeLessThanOrEqual(5)
    // Cells of that column carry no issue of their own: the column issue speaks for them.
    expect(scalarNormalizers.date('01/02/1970', context)).toMatchObject({ value: '1970-01-02', issues: [] })
  })
  it('reads an unproven column in the default country’s order and says so', () => {
    const { context, issues } = analyzeColumn('date', ['01/02/1970', '06/08/1955'], [], { defaultCountry: 'de' })
    expect(context.defaultCountry).toBe('DE')
    expect(issues[0]?.message).toContain('DE')
    expect(scalarNormalizers.date('01/02/1970', context).value).toBe('1970-02-01')
  })
  it('does not call equal day and month ambiguous', () => {
    expect(analyzeColumn('date', ['09/09/1941', '2019-03-14'], [], {}).issues).toEqual([])
  })
  it('reads dotted dates day first without an issue', () => {
    const { context, issues } = analyzeColumn('date', ['01.02.2021', '05.06.2022'], [], {})
    expect(context.dateOrder).toBe('dmy')
    expect(issues).toEqual([])
  })
  it('follows the settings, and reports values that contradict them', () => {
    const settled = analyzeColumn('date', ['01/02/2020'], [], { dateOrder: 'dmy' })
    expect(settled).toMatchObject({ context: { dateOrder: 'dmy' }, issues: [] })
    const contradicted = analyzeColumn('date', ['01/02/2020', '12/25/2020'], [], { dateOrder: 'dmy' })
    expect(contradicted.context.dateOrder).toBe('dmy')
    expect(contradicted.issues.map((i) => i.code)).toEqual(['DATE_ORDER_CONFLICT'])
    expect(contradicted.issues[0]?.evidence).toEqual(['12/25/2020'])
  })
  it('leaves a tied conflict open and reports it', () => {
    const { context, issues } = analyzeColumn('date', ['25/12/2020', '12/25/2020'], [], {})
    expect(context.dateOrder).toBeNull()
    expect(issues.map((i) => i.code)).toEqual(['DATE_ORDER_CONFLICT'])
  })
  it('gives ISO-only and empty columns no order and no issue', () => {
    expect(analyzeColumn('date', ['2019-03-14', '', '  '], [], {})).toMatchObject({
      context: { dateOrder: null },
      issues: [],
    })
  })
})

describe('analyzeColumn: date-times', () => {
  it('reports times without an offset and dates without a time once each', () => {
    const { issues } = analyzeColumn(
      'dateTime',
      ['2019-03-14 10:30', '2019-03-15 11:00', '2019-03-14', '2019-03-14T10:30:00Z'],
      [],
      {},
    )
    expect(issues.map((i) => i.code)).toEqual(['DATETIME_NO_TIMEZONE', 'DATETIME_DATE_ONLY'])
    expect(issues[0]?.evidence).toEqual(['2019-03-14 10:30', '2019-03-15 11:00'])
  })
  it('says nothing when every value has an offset', () => {
    expect(analyzeColumn('dateTime', ['2019-03-14T10:30:00+01:00', '2019-03-14T10:30:00Z'], [], {}).issues).toEqual([])
  })
})

describe('analyzeColumn: decimal separator', () => {
  it('takes the separator values prove', () => {
    expect(analyzeColumn('number', ['1.234,5', '1.200'], [], {}).context.decimalSeparator).toBe(',')
    expect(analyzeColumn('number', ['0,5'], [], {}).context.decimalSeparator).toBe(',')
    expect(analyzeColumn('number', ['1,234.5', '1,200'], [], {}).context.decimalSeparator).toBe('.')
    expect(analyzeColumn('number', ['1.234.567'], [], {}).context.decimalSeparator).toBe(',')
  })
  it('reads dollar and pound amounts with a decimal point', () => {
    const { context, issues } = analyzeColumn('currency', ['$1,234', '£2,500'], [], {})
    expect(context.decimalSeparator).toBe('.')
    expect(issues.map((i) => i.code)).toEqual(['CURRENCY_SYMBOL_AMBIGUOUS'])
  })
  it('reports an unproven column once and lets the default country decide', () => {
    const open = analyzeColumn('number', ['1.200', '2.500', '45'], [], {})
    expect(open.context.decimalSeparator).toBe('.')
    expect(open.issues.map((i) => i.code)).toEqual(['NUMBER_SEPARATOR_AMBIGUOUS'])
    expect(open.issues[0]?.evidence).toEqual(['1.200', '2.500'])
    const german = analyzeColumn('number', ['1.200', '2.500', '45'], [], { defaultCountry: 'DE' })
    expect(german.context.decimalSeparator).toBe(',')
    expect(scalarNormalizers.number('1.200', german.context).value).toBe(1200)
  })
  it('reports a conflict only when it changes how some value reads', () => {
    expect(analyzeColumn('number', ['1,5', '2.5'], [], {}).issues).toEqual([])
    const mixed = analyzeColumn('number', ['1,5', '2,5', '2.5', '1.200'], [], {})
    expect(mixed.context.decimalSeparator).toBe(',')
    expect(mixed.issues.map((i) => i.code)).toEqual(['NUMBER_SEPARATOR_CONFLICT'])
  })
  it('leaves integers alone', () => {
    expect(analyzeColumn('number', ['12', '1 234', '-5', 'n/a'], [], {})).toMatchObject({
      context: { decimalSeparator: '.' },
      issues: [],
    })
  })
  it('reports percentages next to plain numbers above 1', () => {
    expect(analyzeColumn('number', ['40%', '60', '0.5'], [], {}).issues.map((i) => i.code)).toEqual([
      'NUMBER_PERCENT_SCALE_MIXED',
    ])
    expect(analyzeColumn('number', ['40%', '0.6', '1'], [], {}).issues).toEqual([])
  })
})

describe('analyzeColumn: other kinds', () => {
  it('makes blank false in a column of x marks only', () => {
    expect(analyzeColumn('boolean', ['x', '', 'X', '✓'], [], {}).context.blankIsFalse).toBe(true)
    expect(analyzeColumn('boolean', ['x', 'no'], [], {}).context.blankIsFalse).toBe(false)
    expect(analyzeColumn('boolean', ['', ' '], [], {}).context.blankIsFalse).toBe(false)
  })
  it('warns once when a shared currency symbol is read by its fallback, not when the country settles it', () => {
    const open = analyzeColumn('currencyCode', ['$', 'EUR', '$'], [], {})
    expect(open.issues).toHaveLength(1)
    expect(open.issues[0]).toMatchObject({ code: 'CURRENCY_SYMBOL_AMBIGUOUS', severity: 'warning', suggestion: 'USD' })
    expect(analyzeColumn('currencyCode', ['$'], [], { defaultCountry: 'US' }).issues).toEqual([])
  })
  it('passes options and the default country through, for any kind', () => {
    const options = [{ value: 'A', label: 'A' }]
    expect(analyzeColumn('select', ['A'], options, {}).context.options).toBe(options)
    expect(analyzeColumn('phone', ['+1 415 909 5555'], [], { defaultCountry: 'us', dateOrder: 'dmy' }).context).toEqual(
      {
        kind: 'phone',
        decimalSeparator: '.',
        decimalEvidence: 'none',
        dateOrder: 'dmy',
        defaultCountry: 'US',
        options: [],
        blankIsFalse: false,
      },
    )
  })
})
