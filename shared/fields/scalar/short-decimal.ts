// Number(text) and String(Number(text)) for plain decimal strings of at most 15 significant digits, without the
// general conversions (each costs about 0.1 µs). Invariant: exact, or null: the digits as an integer below 2^53
// divided by a power of ten up to 10^22 is correctly rounded, and ≤ 15 digits print back as written.

const POWERS = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
]
const MAX_DIGITS = 15
// Below 10^-6 String() switches to exponent notation (`1e-7`).
const MAX_FRACTION_ZEROS = 5

/** A decimal's value (0 for zero, never -0) and how String() writes it. */
export interface ShortDecimal {
  readonly value: number
  readonly shown: string
}

// What scan() found in the last string it accepted (one object, read at once by its callers).
const scanned = { from: 0, point: -1, firstNonZero: -1, lastNonZero: -1, magnitude: 0 }

/** Reads a string of the accepted form into `scanned`; false for any other string. */
function scan(text: string): boolean {
  const length = text.length
  const from = text.charCodeAt(0) === 0x2d ? 1 : 0
  let mantissa = 0
  let significant = 0
  let point = -1
  let firstNonZero = -1
  let lastNonZero = -1
  for (let i = from; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2e) {
      if (point !== -1 || i === from || i === length - 1) return false
      point = i
      continue
    }
    const digit = code - 0x30
    if (digit < 0 || digit > 9) return false
    if (digit !== 0) {
      if (firstNonZero === -1) firstNonZero = i
      lastNonZero = i
    }
    if (firstNonZero !== -1) {
      if (++significant > MAX_DIGITS) return false
      mantissa = mantissa * 10 + digit
    }
  }
  if (length === from) return false
  const fractionLength = point === -1 ? 0 : length - point - 1
  if (firstNonZero !== -1 && point !== -1 && firstNonZero > point && firstNonZero - point - 1 > MAX_FRACTION_ZEROS)
    return false
  scanned.from = from
  scanned.point = point
  scanned.firstNonZero = firstNonZero
  scanned.lastNonZero = lastNonZero
  scanned.magnitude = firstNonZero === -1 ? 0 : mantissa / (POWERS[fractionLength] as number)
  return true
}

/**
 * `-1234.50` -> {value: -1234.5, shown: '-1234.5'}: the value as Number() reads it (zero as +0) and the value
 * as String() writes it, for `-?\d+(\.\d+)?` with at most 15 digits from the first non-zero one and at most 5
 * zeros right after the point of a number below 1; null for any other string.
 */
export function shortDecimal(text: string): ShortDecimal | null {
  if (!scan(text)) return null
  const { from, point, firstNonZero, lastNonZero, magnitude } = scanned
  if (firstNonZero === -1) return { value: 0, shown: '0' }
  const length = text.length
  // Leading zeros of the integer part and trailing zeros of the fraction are not written.
  const integerStart = point === -1 || firstNonZero < point ? firstNonZero : -1
  const integer = integerStart === -1 ? '0' : text.slice(integerStart, point === -1 ? length : point)
  const fraction = point !== -1 && lastNonZero > point ? text.slice(point + 1, lastNonZero + 1) : ''
  const unsigned = fraction === '' ? integer : `${integer}.${fraction}`
  return from === 1 ? { value: -magnitude, shown: `-${unsigned}` } : { value: magnitude, shown: unsigned }
}

/** shortDecimal(text)?.value, without writing the number back. */
export function shortDecimalValue(text: string): number | null {
  if (!scan(text)) return null
  const { from, firstNonZero, magnitude } = scanned
  if (firstNonZero === -1) return 0
  return from === 1 ? -magnitude : magnitude
}
