// The `link` and `linkLabel` normalisers (LINKS primaryLinkUrl / primaryLinkLabel) and the URL reading that
// linkList shares. Output matches Twenty's own link normaliser: lower-case host, no trailing slash, path kept.
import { EMPTY_RESULT, type CellFix, type CellIssue } from '../cell-result'
import type { Normalizer } from '../column-context'
import type { IssueKey } from '../../messages/english'
import type { MessageParams } from '../../messages/message-format'
import { worded, wordedFix } from '../scalar/wording'
import { hostProblem, isIpv4, isValidHost } from './host'
import { toAsciiHost } from './punycode'
import { cleanCell, collapseSpaces, quote, uncapitalize, WHITESPACE_COLLAPSED } from './text'
import { splitUrl } from './url-parts'

/** One link read from a cell: the URL as Twenty stores it with the fixes applied, or why it is not a link. */
export type LinkRead =
  | { readonly kind: 'ok'; readonly url: string; readonly fixes: readonly CellFix[] }
  | { readonly kind: 'invalid'; readonly issue: CellIssue }

const WHITESPACE = /\s/
const SEVERAL = /[\s,;]+/
const EMAIL_LIKE = /^[^/@\s]+@[^/@\s]+\.[^/@\s]+$/
const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' }

/** An invalid read worded by `key` (a LINK_INVALID or LINK_MULTIPLE message). */
function invalid(key: IssueKey, params: MessageParams, suggestion?: string): LinkRead {
  return { kind: 'invalid', issue: worded('error', key, params, suggestion) }
}

/** Reads one URL from a trimmed, non-empty cell; `https://` is added to `www.x.com` (fix LINK_SCHEME_ADDED). */
export function readLink(text: string): LinkRead {
  const shown = quote(text)
  if (WHITESPACE.test(text)) {
    const parts = text.split(SEVERAL).filter((p) => p !== '')
    const first = parts.length > 1 ? readLink(parts[0]!) : null
    if (first !== null && first.kind === 'ok' && parts.every((p) => p.includes('.'))) {
      return invalid('LINK_MULTIPLE', { value: shown, n: parts.length }, first.url)
    }
    return invalid('LINK_INVALID.spaces', { value: shown })
  }
  if (/^mailto:/i.test(text) || EMAIL_LIKE.test(text)) return invalid('LINK_INVALID.email', { value: shown })
  const parts = splitUrl(text)
  if (parts.scheme !== null && parts.scheme !== 'http' && parts.scheme !== 'https') {
    return invalid('LINK_INVALID.scheme', { value: shown, scheme: parts.scheme })
  }
  if (parts.userinfo !== null) return invalid('LINK_INVALID.userinfo', { value: shown })
  const host = toAsciiHost(parts.host.replace(/\.+$/, ''))
  if (!isValidHost(host) && !isIpv4(host)) {
    const problem = hostProblem(host)
    return invalid(`LINK_INVALID.${problem.key}`, { value: shown, domain: quote(parts.host), ...problem.params })
  }
  const scheme = parts.scheme ?? 'https'
  const port = parts.port === null || DEFAULT_PORT[scheme] === parts.port ? '' : `:${parts.port}`
  const url = `${scheme}://${host}${port}${parts.rest}`.replace(/\/$/, '')
  const fixes: CellFix[] = []
  if (parts.scheme === null) fixes.push(wordedFix('LINK_SCHEME_ADDED', { value: shown }))
  // LINK_NORMALISED is worded by the set of changes made (`LINK_NORMALISED.caseSlash`).
  const schemeCased = parts.scheme !== null && parts.schemeWritten !== `${scheme}://` ? 'scheme' : ''
  const domain = host !== parts.host.toLowerCase().replace(/\.+$/, '') ? 'Ascii' : host !== parts.host ? 'Case' : ''
  const portRemoved = parts.port !== null && port === '' ? 'Port' : ''
  const slash = parts.rest.endsWith('/') ? 'Slash' : ''
  const variant = uncapitalize(`${schemeCased}${domain}${portRemoved}${slash}` as const)
  if (variant !== '')
    fixes.push(wordedFix(`LINK_NORMALISED.${variant}`, { value: shown, url: quote(url), port: parts.port ?? '' }))
  return { kind: 'ok', url, fixes }
}

/**
 * Normalises a full link (LINKS primaryLinkUrl): `www.x.com/a` -> `https://www.x.com/a` (fix LINK_SCHEME_ADDED);
 * lower-case host, no trailing slash (fix LINK_NORMALISED); path and query kept. Error LINK_INVALID or
 * LINK_MULTIPLE. Value: the URL string.
 */
export const normalizeLink: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const read = readLink(text)
  if (read.kind === 'invalid') return { value: null, issues: [read.issue], fixes: [] }
  return { value: read.url, issues: [], fixes: fix === null ? read.fixes : [fix, ...read.fixes] }
}

/** Normalises a link label: trimmed text, inner runs of spaces collapsed. */
export const normalizeLinkLabel: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const collapsed = collapseSpaces(text)
  const fixes = [fix, collapsed === text ? null : WHITESPACE_COLLAPSED].filter((f): f is CellFix => f !== null)
  return { value: collapsed, issues: [], fixes }
}
