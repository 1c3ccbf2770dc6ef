// Reads the digits of a number written with thousands separators and a decimal point or comma.
// Invariant: results are plain decimal strings (`1234.56`, `-0.5`, `1.5e3`), never rounded through floats.

export type DecimalSeparator = '.' | ','

/** How a cell's digits read under each decimal separator. */
export type DecimalReading =
  /** Same value either way (`1234`, `1 234`, `1e3`). */
  | { readonly kind: 'plain'; readonly text: string }
  /** Reads under one separator only (`1.234,56`, `0,5`, `1.234.567`, `1,5`): the cell proves it. */
  | { readonly kind: 'proven'; readonly separator: DecimalSeparator; readonly text: string }
  /** Reads under both, differently (`1.200`, `1,234`): the column decides. */
  | { readonly kind: 'ambiguous'; readonly dot: string; readonly comma: string }
  | { readonly kind: 'invalid' }

// Groups: a first group of 1-3 digits not starting with 0, then groups of exactly 3, all with the same
// separator. Apostrophes are Swiss grouping, spaces French, Scandinavian and ISO grouping; with a decimal
// point, Indian lakh grouping (`12,34,567.89`) is read too.
const DOT_DECIMAL = /^(?:\d+|[1-9]\d{0,2}(?:([,' ])\d{3})(?:\1\d{3})*|[1-9]\d?(?:,\d{2})+,\d{3})(?:\.(\d+))?$|^\.(\d+)$/
const COMMA_DECIMAL = /^(?:\d+|[1-9]\d{0,2}(?:([.' ])\d{3})(?:\1\d{3})*)(?:,(\d+))?$|^,(\d+)$/
const EXPONENT = /^(.*?)[eE]([+-]?\d{1,3})$/
const GROUPING = /[^\d]/g
const APOSTROPHES = /[’ʼ′`]/g

function readUnder(core: string, separator: DecimalSeparator): string | null {
  const match = (separator === '.' ? DOT_DECIMAL : COMMA_DECIMAL).exec(core)
  if (match === null) return null
  if (match[3] !== undefined) return `0.${match[3]}`
  const decimalAt = core.lastIndexOf(separator)
  const hasFraction = match[2] !== undefined
  const integer = (hasFraction ? core.slice(0, decimalAt) : core).replace(GROUPING, '')
  return hasFraction ? `${integer}.${match[2]}` : integer
}

/**
 * Reads an unsigned number's digits (`1.234,56`, `1 234`, `1'234.5`, `1,5e3`) without deciding the decimal
 * separator: the caller picks from the reading, using the column's separator when it is ambiguous.
 */
export function readDecimal(digits: string): DecimalReading {
  const core = digits.replace(APOSTROPHES, "'")
  const exp = EXPONENT.exec(core)
  if (exp !== null) {
    const mantissa = readDecimal(exp[1] ?? '')
    const suffix = `e${exp[2] ?? '0'}`
    switch (mantissa.kind) {
      case 'plain':
        return { kind: 'plain', text: mantissa.text + suffix }
      case 'proven':
        return { ...mantissa, text: mantissa.text + suffix }
      case 'ambiguous':
        return { kind: 'ambiguous', dot: mantissa.dot + suffix, comma: mantissa.comma + suffix }
      case 'invalid':
        return mantissa
    }
  }
  const dot = readUnder(core, '.')
  const comma = readUnder(core, ',')
  if (dot === null && comma === null) return { kind: 'invalid' }
  if (dot === null) return { kind: 'proven', separator: ',', text: comma as string }
  if (comma === null) return { kind: 'proven', separator: '.', text: dot }
  return dot === comma ? { kind: 'plain', text: dot } : { kind: 'ambiguous', dot, comma }
}

/** The reading's text under a column separator (ambiguous readings follow the column). */
export function decimalTextFor(reading: DecimalReading, separator: DecimalSeparator): string | null {
  switch (reading.kind) {
    case 'plain':
    case 'proven':
      return reading.text
    case 'ambiguous':
      return separator === '.' ? reading.dot : reading.comma
    case 'invalid':
      return null
  }
}

const DECIMAL_PARTS = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/
const LEADING_ZEROS = /^0+(?=\d)/
const TRAILING_ZEROS = /0+$/

/** Moves the decimal point: shiftDecimal('12.5', -2) = '0.125', shiftDecimal('1.5', 6) = '1500000'. */
export function shiftDecimal(text: string, places: number): string {
  const m = DECIMAL_PARTS.exec(text)
  if (m === null) return text
  const sign = m[1] ?? ''
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`
  let point = (m[2] ?? '').length + places + Number(m[4] ?? 0)
  let all = digits
  if (point < 0) {
    all = '0'.repeat(-point) + all
    point = 0
  }
  if (point > all.length) all += '0'.repeat(point - all.length)
  const integer = all.slice(0, point).replace(LEADING_ZEROS, '') || '0'
  const fraction = all.slice(point).replace(TRAILING_ZEROS, '')
  return `${sign}${integer}${fraction === '' ? '' : `.${fraction}`}`
}

/** A plain decimal string (`-1234.5`) as written in a column with this separator (`-1234,5`). */
export function inColumn(decimal: string, separator: DecimalSeparator): string {
  return separator === ',' ? decimal.replace('.', ',') : decimal
}

/** A number as a cell in a column with this decimal separator would write it (`1234,5`), no grouping. */
export function formatForColumn(value: number, separator: DecimalSeparator): string {
  const text = String(value)
  return separator === ',' ? text.replace('.', ',') : text
}

/** Significant digits in a plain decimal string (`0.00120` -> 2, `1234.5` -> 5); an exponent is not counted. */
export function significantDigits(text: string): number {
  let digits = 0
  let first = -1
  let last = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x65 || code === 0x45) break
    if (code < 0x30 || code > 0x39) continue
    if (code !== 0x30) {
      if (first === -1) first = digits
      last = digits
    }
    digits++
  }
  return first === -1 ? 0 : last - first + 1
}
