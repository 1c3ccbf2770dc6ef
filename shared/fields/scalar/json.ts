// RAW_JSON cells -> the parsed JSON. Objects and arrays are expected. Twenty's server refuses a bare number or
// boolean, and a string that is not itself JSON (contract 10.6): errors. A JSON string holding JSON, or `null`, is
// kept with a warning. Invalid JSON is an error quoting the parser's position; Python-style dicts get a suggestion.
import { EMPTY_RESULT, type CellResult, type JsonValue } from '../cell-result'
import { quote, worded, wordedError } from './wording'

const EDGES = /^[\s\uFEFF\u200B]+|\s+$/g
const EXPORT_MARKER = /^\u200D/

/** `{'a': True, 'b': None}` -> `{"a": true, "b": null}` when that parses; else undefined. */
function fromPythonLiteral(text: string): string | undefined {
  if (!text.includes("'") && !/\b(?:True|False|None)\b/.test(text)) return undefined
  const converted = text
    .replace(/'/g, '"')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null')
  try {
    JSON.parse(converted)
    return converted
  } catch {
    return undefined
  }
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Normalises a RAW_JSON cell. Text inside the JSON is not cleaned: it is the client's data. */
export function normalizeJson(raw: string): CellResult {
  const text = raw.replace(EDGES, '').replace(EXPORT_MARKER, '')
  if (text.trim() === '') return EMPTY_RESULT
  let value: JsonValue
  try {
    value = JSON.parse(text) as JsonValue
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const suggestion = fromPythonLiteral(text)
    // The parser's own detail (`Unexpected token ...`) is the JavaScript engine's English in every language.
    const key = suggestion === undefined ? 'JSON_INVALID.syntax' : 'JSON_INVALID.python'
    return wordedError(key, { value: quote(text), detail }, suggestion)
  }
  if (value !== null && typeof value === 'object') return { value, issues: [], fixes: [] }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return wordedError(typeof value === 'number' ? 'JSON_SCALAR_REFUSED.number' : 'JSON_SCALAR_REFUSED.boolean', {
      value: quote(text),
      text,
    })
  }
  if (typeof value === 'string' && !isJsonText(value))
    return wordedError('JSON_SCALAR_REFUSED.text', { value: quote(text), text })
  return {
    value,
    issues: [worded('warning', value === null ? 'JSON_SCALAR.null' : 'JSON_SCALAR.string', { value: quote(text) })],
    fixes: [],
  }
}
