// RAW_JSON cells -> the parsed JSON. Objects and arrays are expected. Twenty's server refuses a bare number or
// boolean, and a string that is not itself JSON (contract 10.6): errors. A JSON string holding JSON, or `null`, is
// kept with a warning. Invalid JSON is an error quoting the parser's position; Python-style dicts get a suggestion.
import { EMPTY_RESULT, errorResult, type CellResult, type JsonValue } from '../cell-result'
import { ISSUE } from './codes'
import { issue, quote } from './wording'

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
    const hint = suggestion === undefined ? '' : ' It looks like a Python literal: accept the suggested JSON.'
    return errorResult(ISSUE.JSON_INVALID, `${quote(text)} is not valid JSON (${detail}).${hint} Write JSON such as {"key":"value"}.`, suggestion)
  }
  if (value !== null && typeof value === 'object') return { value, issues: [], fixes: [] }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return errorResult(ISSUE.JSON_SCALAR_REFUSED, `${quote(text)} is a bare ${typeof value}, and Twenty refuses one in a JSON field. Write it inside an object, such as {"value": ${text}}, or clear the cell.`)
  }
  if (typeof value === 'string' && !isJsonText(value)) {
    return errorResult(ISSUE.JSON_SCALAR_REFUSED, `${quote(text)} is a bare piece of text, and Twenty takes text in a JSON field only when the text is JSON itself. Write it inside an object, such as {"value": ${text}}, or clear the cell.`)
  }
  return {
    value,
    issues: [issue(ISSUE.JSON_SCALAR, 'warning', `${quote(text)} is a single ${value === null ? 'null' : typeof value}, not a JSON object or list. It is imported as is; check that this is what the field expects.`)],
    fixes: [],
  }
}
