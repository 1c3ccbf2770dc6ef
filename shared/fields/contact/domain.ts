// The `domain` normaliser (company.domainName primaryLinkUrl) and the key company domains are compared by.
// Invariant: a valid value is exactly `https://` + lower-case ASCII host, no `www.`, path, port or trailing slash.
import { EMPTY_RESULT, type CellFix, type CellIssue } from '../cell-result'
import type { Normalizer } from '../column-context'
import type { IssueKey } from '../../messages/english'
import type { MessageParams } from '../../messages/message-format'
import { fix, worded, wordedFix } from '../scalar/wording'
import { hostProblem, isValidHost } from './host'
import { toAsciiHost } from './punycode'
import { cleanCell, quote, uncapitalize } from './text'
import { splitUrl } from './url-parts'

/** A company domain read from a cell: its bare host and what changed, or the reason it is not a domain. */
export type DomainRead =
  | {
      readonly kind: 'ok'
      readonly host: string
      /** The scheme as written (`http://`, `HTTPS://`), or ''. */
      readonly scheme: string
      /** What was removed or rewritten, besides the scheme, in plain words (English). */
      readonly changes: readonly string[]
      /** The same changes, for the messages that word them in any language. */
      readonly edits: DomainEdits
      readonly fromEmail: boolean
    }
  | { readonly kind: 'invalid'; readonly issue: CellIssue }

/** What reading a domain changed besides its scheme: user info, capitals, `www.`, the ASCII form, a port, a path. */
export interface DomainEdits {
  readonly userinfo: boolean
  readonly cased: boolean
  readonly www: boolean
  readonly ascii: boolean
  readonly port: string | null
  /** What followed the host (`/`, `/about?x`), or ''. */
  readonly rest: string
}

const EMAIL = /^[^\s@/:]+@([^\s@/]+)$/
const SEVERAL = /[\s,;]+/

/** An invalid read worded by `key` (a DOMAIN_INVALID or DOMAIN_MULTIPLE message). */
function invalid(key: IssueKey, params: MessageParams, suggestion?: string): DomainRead {
  return { kind: 'invalid', issue: worded('error', key, params, suggestion) }
}

/** Reads the company domain in a trimmed, non-empty cell, listing every change made on the way. */
export function readDomain(text: string): DomainRead {
  const shown = quote(text)
  const pieces = text.split(SEVERAL).filter((p) => p !== '')
  if (pieces.length > 1) {
    const first = readDomain(pieces[0]!)
    if (first.kind === 'ok' && pieces.every((p) => p.includes('.'))) {
      return invalid('DOMAIN_MULTIPLE', { value: shown, n: pieces.length }, `https://${first.host}`)
    }
    return invalid('DOMAIN_INVALID.spaces', { value: shown })
  }
  const email = EMAIL.exec(text)
  if (email !== null) {
    const inner = readDomain(email[1]!)
    if (inner.kind === 'invalid') return inner
    return { ...inner, fromEmail: true }
  }
  const parts = splitUrl(text)
  const changes: string[] = []
  if (parts.userinfo !== null) changes.push('removed the user name before the domain')
  let host = parts.host.replace(/\.+$/, '')
  const cased = host !== host.toLowerCase()
  if (cased) changes.push('lower-cased it')
  host = host.toLowerCase()
  let labels = host.split('.')
  const www = labels[0] === 'www' && labels.length > 2
  if (www) {
    while (labels[0] === 'www' && labels.length > 2) labels = labels.slice(1)
    changes.push("removed 'www.'")
  }
  host = labels.join('.')
  const ascii = toAsciiHost(host)
  if (ascii !== host) changes.push('wrote the international domain in its ASCII form')
  if (parts.port !== null) changes.push(`removed the port :${parts.port}`)
  if (parts.rest === '/') changes.push('removed the trailing /')
  else if (parts.rest !== '') changes.push(`removed ${quote(parts.rest)} after the domain`)
  if (!isValidHost(ascii)) {
    const problem = hostProblem(ascii)
    return invalid(`DOMAIN_INVALID.${problem.key}`, { value: shown, domain: quote(parts.host), ...problem.params })
  }
  const edits: DomainEdits = {
    userinfo: parts.userinfo !== null,
    cased,
    www,
    ascii: ascii !== host,
    port: parts.port,
    rest: parts.rest,
  }
  return { kind: 'ok', host: ascii, scheme: parts.schemeWritten, changes, edits, fromEmail: false }
}

/**
 * Normalises a company domain to the canonical `https://domain.com` Twenty matches companies on: scheme, `www.`,
 * path, query, port and trailing slash removed, lower case, international names in ASCII (one fix
 * DOMAIN_CANONICALISED listing the changes). An email address gives its domain (fix DOMAIN_FROM_EMAIL).
 * `http://www.mueller-soehne.de/` -> `https://mueller-soehne.de`. Errors: DOMAIN_INVALID, DOMAIN_MULTIPLE.
 */
export const normalizeDomain: Normalizer = (raw) => {
  const { text, fix } = cleanCell(raw)
  if (text === '') return EMPTY_RESULT
  const read = readDomain(text)
  if (read.kind === 'invalid') return { value: null, issues: [read.issue], fixes: [] }
  const value = `https://${read.host}`
  const fixes = fix === null ? [] : [fix]
  if (read.fromEmail) {
    fixes.push(wordedFix('DOMAIN_FROM_EMAIL', { value: quote(text), domain: quote(value) }))
  } else if (value !== text) {
    fixes.push(canonicalised(quote(text), quote(value), read))
  }
  return { value, issues: [], fixes }
}

/**
 * DOMAIN_CANONICALISED: worded by the set of changes (DOMAIN_CANONICALISED.addedCaseWwwSlash) when they are the
 * common ones (a scheme added or replaced, capitals, `www.`, a trailing slash or a path); a change set with user
 * info, an international name or a port (or none but a trailing dot) keeps its English words only (a message per
 * set would be hundreds).
 */
function canonicalised(value: string, url: string, read: Extract<DomainRead, { kind: 'ok' }>): CellFix {
  const { edits } = read
  const scheme =
    read.scheme === 'https://'
      ? []
      : read.scheme === ''
        ? ['added https://']
        : [`replaced ${quote(read.scheme)} by 'https://'`]
  const changes = [...scheme, ...read.changes]
  const added = read.scheme === 'https://' ? '' : read.scheme === '' ? 'added' : 'replaced'
  const rest = edits.rest === '' ? '' : edits.rest === '/' ? 'Slash' : 'Path'
  const variant = uncapitalize(`${added}${edits.cased ? 'Case' : ''}${edits.www ? 'Www' : ''}${rest}` as const)
  // Only a trailing dot removed words as "()": kept as it is, like the rare change sets.
  if (edits.userinfo || edits.ascii || edits.port !== null || variant === '') {
    return fix(
      'DOMAIN_CANONICALISED',
      `Wrote ${value} as ${url} (${changes.join(', ')}), the form Twenty matches company domains on.`,
    )
  }
  return wordedFix(`DOMAIN_CANONICALISED.${variant}`, {
    value,
    url,
    scheme: quote(read.scheme),
    path: quote(edits.rest),
  })
}

/**
 * The key company domains are compared by for uniqueness: the bare lower-case ASCII host (`mueller-soehne.de`
 * for `http://www.Mueller-Soehne.de/`), as Twenty's domain normaliser gives it; the trimmed, lower-cased cell
 * when it holds no valid domain; '' for an empty cell.
 */
export function canonicalDomainKey(raw: string): string {
  const { text } = cleanCell(raw)
  if (text === '') return ''
  const read = readDomain(text)
  return read.kind === 'ok' ? read.host : text.toLowerCase()
}
