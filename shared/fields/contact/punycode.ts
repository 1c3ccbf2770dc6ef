// Host names as Twenty stores them: lower case, international labels in their ASCII (punycode, RFC 3492) form,
// as a browser's URL parser writes them. Pure: no URL global is needed, so shared/ stays runtime-neutral.

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const ASCII_ONLY = /^[\x00-\x7F]*$/
// Ideographic and full-width full stops count as dots in host names.
const DOT_VARIANTS = /[\u3002\uFF0E\uFF61]/g

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / numPoints)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}

function digitChar(d: number): string {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22)
}

/** RFC 3492 encoding of one label (without the `xn--` prefix). */
function encodeLabel(label: string): string {
  const codePoints = Array.from(label, (ch) => ch.codePointAt(0)!)
  let output = codePoints
    .filter((cp) => cp < 0x80)
    .map((cp) => String.fromCharCode(cp))
    .join('')
  const basicLength = output.length
  let handled = basicLength
  if (basicLength > 0) output += '-'
  let n = INITIAL_N
  let delta = 0
  let bias = INITIAL_BIAS
  while (handled < codePoints.length) {
    let m = Number.MAX_SAFE_INTEGER
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp
    delta += (m - n) * (handled + 1)
    n = m
    for (const cp of codePoints) {
      if (cp < n) delta++
      if (cp !== n) continue
      let q = delta
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
        if (q < t) break
        output += digitChar(t + ((q - t) % (BASE - t)))
        q = Math.floor((q - t) / (BASE - t))
      }
      output += digitChar(q)
      bias = adapt(delta, handled + 1, handled === basicLength)
      delta = 0
      handled++
    }
    delta++
    n++
  }
  return output
}

/**
 * A host name in the form Twenty stores: lower case, `München.de` -> `xn--mnchen-3ya.de`. ASCII hosts are only
 * lower-cased. Validity is not checked here.
 */
export function toAsciiHost(host: string): string {
  const lower = host.toLowerCase()
  if (ASCII_ONLY.test(lower)) return lower
  return lower
    .normalize('NFKC')
    .replace(DOT_VARIANTS, '.')
    .split('.')
    .map((label) => (ASCII_ONLY.test(label) ? label : `xn--${encodeLabel(label)}`))
    .join('.')
}
