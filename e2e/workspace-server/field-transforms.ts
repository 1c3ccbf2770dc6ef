// What Twenty's server writes for a sent value once its shape is accepted (its record transformers), on create
// and on update alike. PHONES always writes additionalPhones (null when not sent: contract 10.4). On servers
// older than partial links updates (`linksClearOnUpdate`), LINKS always writes all three subfields, so a label
// or secondary links not resent are cleared. Other composites write only the subfields sent.
import { isPlainObject } from './http-io'
import { transformPhones } from './phone-values'
import type { ServerField } from './workspace-model'

export interface TransformRules {
  /** Servers before partial LINKS updates: unsent primaryLinkLabel and secondaryLinks are written as null. */
  readonly linksClearOnUpdate: boolean
}

export type Transformed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

export function transformFieldValue(field: ServerField, value: unknown, rules: TransformRules): Transformed {
  if (!isPlainObject(value)) return { ok: true, value }
  if (field.type === 'PHONES') return transformPhones(field.name, value)
  if (field.type === 'LINKS' && rules.linksClearOnUpdate) return { ok: true, value: wholeLinks(value) }
  return { ok: true, value }
}

interface Link {
  readonly url: string
  readonly label: unknown
}

// Older transformLinksValue + removeEmptyLinks: empty links dropped, the first remaining one becomes primary.
function wholeLinks(value: Record<string, unknown>): Record<string, unknown> {
  const links: Link[] = []
  const primaryUrl = value['primaryLinkUrl']
  if (typeof primaryUrl === 'string' && primaryUrl !== '')
    links.push({ url: primaryUrl, label: value['primaryLinkLabel'] ?? null })
  for (const link of Array.isArray(value['secondaryLinks']) ? value['secondaryLinks'] : []) {
    if (isPlainObject(link) && typeof link['url'] === 'string' && link['url'] !== '')
      links.push({ url: link['url'], label: link['label'] ?? null })
  }
  const [first, ...others] = links
  return {
    primaryLinkUrl: first?.url ?? null,
    primaryLinkLabel: first?.label ?? null,
    secondaryLinks: others.length === 0 ? null : others,
  }
}
