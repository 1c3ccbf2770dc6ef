// What Twenty receives for a cell, as a person reads it: the normalised value (a composite's parts by name), or
// null when nothing is written (an empty cell, or a value that could not be read).
import type { CellResult, JsonValue } from '../../../../shared/fields/cell-result'

function plain(value: JsonValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(plain).join(', ')
  return JSON.stringify(value)
}

export function receivedText(result: CellResult): string | null {
  if (result.parts) {
    const parts = Object.entries(result.parts).filter(([, v]) => v !== null && plain(v) !== '')
    if (parts.length > 0) return parts.map(([name, v]) => `${name}: ${plain(v)}`).join(' · ')
  }
  return result.value === null ? null : plain(result.value)
}
