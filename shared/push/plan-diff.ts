// What an update would change: the fields whose new value differs from the record in the workspace, and the
// user's choice per field: overwrite, or only fill what the workspace has empty (never erase a value that
// someone already typed in the CRM). Composite fields are compared and filled subfield by subfield.
// Pure, for both sides of the push: main's planner (electron/main/push/planning) computes it for a dry run, the
// renderer's field-policy table shows it and sends back the choices; nothing here talks to a workspace.
type Json = Readonly<Record<string, unknown>>

export type FieldPolicy = 'overwrite' | 'fill'

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value as Json).every(isEmptyValue)
  return false
}

function same(current: unknown, next: unknown): boolean {
  if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
    const cur = typeof current === 'object' && current !== null ? (current as Json) : {}
    return Object.entries(next as Json).every(([key, value]) => same(cur[key], value))
  }
  if (isEmptyValue(current) && isEmptyValue(next)) return true
  return JSON.stringify(current) === JSON.stringify(next)
}

/** A relation written as a link (`{ connect: ... }`) or by its join column: not compared, it is a link. */
function isLink(field: string, value: unknown): boolean {
  return field === 'id' || field.endsWith('Id') || (typeof value === 'object' && value !== null && 'connect' in value)
}

/** The fields (top-level names, `id` and relation links aside) an update would change. */
export function changedFields(current: Json, next: Json): string[] {
  return Object.keys(next).filter((field) => !isLink(field, next[field]) && !same(current[field], next[field]))
}

/** The update to send: fields marked 'fill' keep only what fills an empty value in the workspace. */
export function applyPolicy(current: Json, next: Json, policy: Readonly<Record<string, FieldPolicy>>): Json {
  const out: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(next)) {
    if (policy[field] !== 'fill') {
      out[field] = value
      continue
    }
    const existing = current[field]
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const cur = typeof existing === 'object' && existing !== null ? (existing as Json) : {}
      const parts = Object.fromEntries(Object.entries(value as Json).filter(([key]) => isEmptyValue(cur[key])))
      if (Object.keys(parts).length > 0) out[field] = parts
    } else if (isEmptyValue(existing)) out[field] = value
  }
  return out
}
