// A row's identity across pushes (its row key) and a digest of what it would send (its content hash), so a
// push journal follows rows, not row positions: next month's export at the same path, a file edited after a
// crash, or rows reordered all find the records they made before.
// Invariants: a key depends only on the record the row makes, or on the source system's record id the row
// carries (never on its position or on an id assigned for the push); within one file every key is distinct
// (identical rows are told apart by their occurrence, in file order); the hash covers every field the record
// sends except `id`, in a canonical order.
// Pure, for both sides: main's push engine (electron/main/push: planning, journal) keys rows with it, the renderer
// keys the rows it sends for an app push the same way.
import { uniqueFieldsOf, uniqueSubfieldOf } from '../model/list-targets'
import type { ObjectModel } from '../model/workspace-model'

type Json = Readonly<Record<string, unknown>>

export interface RowIdentity {
  /**
   * `src:<source key>` for a row that carries its source system's record id (a migration: the HubSpot `Record ID`
   * survives every edit of the row), else `u:<field>=<value>` from the record's first unique value (id, then each
   * unique field), else `h:<content hash>`; `#n` for the n-th occurrence (n > 1).
   */
  readonly key: string
  /** A digest of the record's content (without `id`): a recognised row whose hash differs has changed. */
  readonly hash: string
  /**
   * For a row without a unique value: `n:<digest of its name or title>#n`, which still finds the record an
   * edited row made when its content (and so its key) changed. Null when the row has a unique value or no name.
   */
  readonly alt: string | null
}

/** The fields that name a record the way a person would tell two apart: a person's or company's name, a note's title. */
const NAME_FIELDS = ['name', 'title'] as const

/** The unique paths a key may come from, in the order they are tried: `id`, then unique fields (a composite by its unique subfield). */
export function keyPathsOf(
  object: ObjectModel,
): readonly { readonly field: string; readonly subfield: string | null }[] {
  return uniqueFieldsOf(object).map((field) => ({ field: field.name, subfield: uniqueSubfieldOf(field) }))
}

/**
 * The identity of each record, in order. Give the records as the file makes them: before an id found by a
 * lookup or journaled by an earlier push is set on them, or the key would follow that id. `sourceKeys` (same
 * order) gives each row's source system record id, or null where it has none.
 */
export function rowIdentities(
  object: ObjectModel,
  records: readonly Json[],
  sourceKeys?: readonly (string | null)[],
): RowIdentity[] {
  const paths = keyPathsOf(object)
  const seen = new Map<string, number>()
  return records.map((record, i) => {
    const hash = contentHash(record)
    const source = sourceKeys?.[i]?.trim()
    let base: string | null = source ? `src:${source}` : null
    for (const path of base === null ? paths : []) {
      const value = valueAt(record, path.field, path.subfield)
      if (value !== null) {
        base = `u:${path.subfield === null ? path.field : `${path.field}.${path.subfield}`}=${value}`
        break
      }
    }
    let alt: string | null = null
    if (base === null) {
      base = `h:${hash}`
      const name = NAME_FIELDS.map((field) => record[field]).find(
        (value) => value !== undefined && value !== null && value !== '',
      )
      if (name !== undefined) alt = `n:${digest(canonical(name))}`
    }
    return { key: occurrence(seen, base), hash, alt: alt === null ? null : occurrence(seen, alt) }
  })
}

/** `base` for its first occurrence, `base#n` for its n-th. */
function occurrence(seen: Map<string, number>, base: string): string {
  const n = (seen.get(base) ?? 0) + 1
  seen.set(base, n)
  return n === 1 ? base : `${base}#${n}`
}

function valueAt(record: Json, field: string, subfield: string | null): string | null {
  const value = record[field]
  const at =
    subfield === null ? value : typeof value === 'object' && value !== null ? (value as Json)[subfield] : undefined
  if (typeof at === 'string') return at === '' ? null : at
  return typeof at === 'number' && Number.isFinite(at) ? String(at) : null
}

/** The record's content as canonical JSON (object keys sorted at every depth), `id` left out. */
export function canonicalContent(record: Json): string {
  const { id: _id, ...content } = record
  return canonical(content)
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** 106 bits of two seeded cyrb53 digests of the canonical content, as 22 base-36 characters. */
export function contentHash(record: Json): string {
  return digest(canonicalContent(record))
}

function digest(text: string): string {
  return `${cyrb53(text, 0x9e3779b9).toString(36).padStart(11, '0')}${cyrb53(text, 0x85ebca6b).toString(36).padStart(11, '0')}`
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread; two seeds make collisions negligible. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
