// Host-name checks shared by emails, links and domains: what Twenty's own validators accept (ASCII labels,
// at least one dot, a top-level domain of two or more letters) and, when a host fails, a plain reason why.

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
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

/** Why a (lower-case, ASCII) host is not valid, as the end of a sentence: `has no top-level domain (...)`. */
export function hostProblem(host: string): string {
  if (host === '') return 'is empty'
  if (/\s/.test(host)) return 'contains spaces'
  if (!host.includes('.')) return 'has no top-level domain (such as .com or .de)'
  if (host.includes('..')) return "has two dots in a row ('..')"
  if (host.startsWith('.') || host.endsWith('.')) return 'starts or ends with a dot'
  const bad = BAD_CHAR.exec(host)
  if (bad !== null) return `contains the character '${bad[0]}', which is not allowed in a domain`
  const labels = host.split('.')
  const tld = labels[labels.length - 1]!
  if (!TLD_LETTERS.test(tld)) return `ends in '.${tld}', which is not a top-level domain`
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return "has a part that starts or ends with '-'"
  return 'is not a valid domain name'
}
