// Host-name checks shared by emails, links and domains: what Twenty's own validators accept (ASCII labels,
// at least one dot, a top-level domain of two or more letters) and, when a host fails, the reason why (as the
// variant of the message that words it).

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/
const BAD_CHAR = /[^a-z0-9.-]/
const TLD_LETTERS = /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/

/** True for a public host name such as `mueller-soehne.de` or `xn--mnchen-3ya.de` (lower case, ASCII). */
export function isValidHost(host: string): boolean {
  return HOST.test(host)
}

/** True for a dotted IPv4 address. */
export function isIpv4(host: string): boolean {
  return IPV4.test(host)
}

/** Why a host is not valid: the variant of a message's key (`EMAIL_INVALID.hostNoTld`) and its params. */
export type HostProblem =
  | {
      readonly key:
        'hostEmpty' | 'hostSpaces' | 'hostNoTld' | 'hostDoubleDot' | 'hostDotEdge' | 'hostHyphen' | 'hostInvalid'
      readonly params: Readonly<Record<string, never>>
    }
  | { readonly key: 'hostChar'; readonly params: { readonly char: string } }
  | { readonly key: 'hostTld'; readonly params: { readonly tld: string } }

const NO_PARAMS: Readonly<Record<string, never>> = Object.freeze({})

/**
 * Why a (lower-case, ASCII) host is not valid: empty, spaces, no top-level domain, `..`, a dot at an end, a
 * character not allowed (`char`), a last label that is no top-level domain (`tld`), a label with `-` at an end.
 */
export function hostProblem(host: string): HostProblem {
  if (host === '') return { key: 'hostEmpty', params: NO_PARAMS }
  if (/\s/.test(host)) return { key: 'hostSpaces', params: NO_PARAMS }
  if (!host.includes('.')) return { key: 'hostNoTld', params: NO_PARAMS }
  if (host.includes('..')) return { key: 'hostDoubleDot', params: NO_PARAMS }
  if (host.startsWith('.') || host.endsWith('.')) return { key: 'hostDotEdge', params: NO_PARAMS }
  const bad = BAD_CHAR.exec(host)
  if (bad !== null) return { key: 'hostChar', params: { char: bad[0] } }
  const labels = host.split('.')
  const tld = labels[labels.length - 1]!
  if (!TLD_LETTERS.test(tld)) return { key: 'hostTld', params: { tld } }
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return { key: 'hostHyphen', params: NO_PARAMS }
  return { key: 'hostInvalid', params: NO_PARAMS }
}
