// Splits a URL-like cell (no whitespace) into scheme, user info, host, port and the rest, as a browser would
// read it, without needing the URL global. Used by the link and domain normalisers.

/** The pieces of a URL-like cell, as written. */
export interface UrlParts {
  /** Lower-case scheme without `://` (`https`), or null when the cell has none. */
  readonly scheme: string | null
  /** The scheme exactly as written, with `://`, or '' (for messages). */
  readonly schemeWritten: string
  readonly userinfo: string | null
  /** The host as written (case kept). */
  readonly host: string
  /** Port digits, or null. */
  readonly port: string | null
  /** Path, query and fragment as written, starting with `/`, `?` or `#`, or ''. */
  readonly rest: string
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
const AUTHORITY_END = /[/\\?#]/
const PORT = /:(\d*)$/

/** Splits `http://user@www.X.com:8080/a?b#c`; a cell without `scheme://` is read as host first. */
export function splitUrl(text: string): UrlParts {
  const schemeMatch = SCHEME.exec(text)
  let scheme: string | null = null
  let schemeWritten = ''
  let body = text
  if (schemeMatch !== null) {
    scheme = schemeMatch[1]!.toLowerCase()
    schemeWritten = schemeMatch[0]
    body = text.slice(schemeMatch[0].length)
  } else if (text.startsWith('//')) {
    schemeWritten = '//'
    body = text.slice(2)
  }
  const end = body.search(AUTHORITY_END)
  const authority = end < 0 ? body : body.slice(0, end)
  const rest = end < 0 ? '' : body.slice(end).replace(/\\/g, '/')
  const at = authority.lastIndexOf('@')
  const userinfo = at < 0 ? null : authority.slice(0, at)
  const hostPort = at < 0 ? authority : authority.slice(at + 1)
  const portMatch = PORT.exec(hostPort)
  const host = portMatch === null ? hostPort : hostPort.slice(0, portMatch.index)
  const port = portMatch === null || portMatch[1] === '' ? null : portMatch[1]!
  return { scheme, schemeWritten, userinfo, host, port, rest }
}
