// How one API value is written in a cell for Twenty's import (contract 6.4, import rules "Formats per field type").
// Invariant: what Twenty's import makes of the cell equals the value (amounts: round(cell x 1e6) = amountMicros).
import type { JsonValue } from '../fields/cell-result'

/** How a cell is written: plain text, a dot-decimal number, an amount from micros, TRUE/FALSE, or JSON. */
export type CellFormat = 'text' | 'number' | 'micros' | 'boolean' | 'json'

/** A number in plain dot-decimal notation, never with an exponent (`1e21` -> `1000000000000000000000`). */
export function decimalString(n: number): string {
  const text = String(n + 0)
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (match === null) return text
  const [, sign, lead, rest = '', exp] = match
  const digits = lead! + rest
  const point = 1 + Number(exp)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length)
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** An integer amount of micros in major units, exactly: 1500000000 -> `1500`, -1234560000 -> `-1234.56`. */
export function microsToDecimalString(micros: number): string {
  const sign = micros < 0 ? '-' : ''
  const abs = BigInt(Math.abs(Math.trunc(micros)))
  const whole = (abs / 1_000_000n).toString()
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`
}

/** The cell text for a value in a given format; '' for null or a missing value. */
export function formatCell(value: JsonValue | undefined, format: CellFormat): string {
  if (value === undefined || value === null) return ''
  switch (format) {
    case 'json':
      return JSON.stringify(value)
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
      break
    case 'micros':
      if (typeof value === 'number' && Number.isFinite(value)) return microsToDecimalString(value)
      break
    case 'number':
    case 'text':
      break
  }
  if (typeof value === 'string') return value
  if (typeof value === 'number') return decimalString(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return JSON.stringify(value)
}
