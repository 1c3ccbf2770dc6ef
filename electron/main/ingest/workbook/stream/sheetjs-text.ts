// Ports of the few sheetjs-style 0.15 text routines whose quirks decide what a cell holds, so the streaming
// reader turns the same XML into the same strings as the SheetJS path: its tag and attribute splitters, entity
// and `_xHHHH_` unescaping, its UTF-8 decoding of "binary" strings and its flattening of rich text.
// Invariant: each function behaves exactly like its SheetJS original on any input, quirks included (an
// unknown entity such as `&AMP;` becomes U+0000, as it does there). Inputs are "binary" strings: one char
// per byte of the part, which is how SheetJS reads every XML part.

/** SheetJS's `tagregex`: one XML tag, up to its first `>` outside quoted attribute values. */
export const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'">\s=]+))*\s?[/?]?>/g
const ATTRIBUTE = /([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g
const NAMESPACE = /<(\/?)\w+:/

/**
 * SheetJS's `parsexmltag`: the tag's name under key '0' (unless `skipRoot`) and its attributes, namespace
 * prefixes dropped, each also under its lower-case name. A Map, so no attribute can reach a prototype.
 */
export function xmlTag(tag: string, skipRoot = false): Map<string, string> {
  const z = new Map<string, string>()
  let eq = 0
  for (; eq !== tag.length; ++eq) {
    const c = tag.charCodeAt(eq)
    if (c === 32 || c === 10 || c === 13) break
  }
  if (!skipRoot) z.set('0', tag.slice(0, eq))
  if (eq === tag.length) return z
  for (const cc of tag.match(ATTRIBUTE) ?? []) {
    let c = 0
    for (; c !== cc.length; ++c) if (cc.charCodeAt(c) === 61) break
    let q = cc.slice(0, c).trim()
    while (cc.charCodeAt(c + 1) === 32) ++c
    const quote = cc.charCodeAt(c + 1)
    const quoted = quote === 34 || quote === 39 ? 1 : 0
    const v = cc.slice(c + 1 + quoted, cc.length - quoted)
    let j = 0
    for (; j !== q.length; ++j) if (q.charCodeAt(j) === 58) break
    if (j === q.length) {
      if (q.indexOf('_') > 0) q = q.slice(0, q.indexOf('_'))
      z.set(q, v)
      z.set(q.toLowerCase(), v)
    } else {
      const k = (j === 5 && q.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + q.slice(j + 1)
      if (z.get(k) && q.slice(j - 3, j) === 'ext') continue
      z.set(k, v)
      z.set(k.toLowerCase(), v)
    }
  }
  return z
}

/** SheetJS's `strip_ns`: the tag with its first namespace prefix removed. */
export const stripNamespace = (tag: string): string => tag.replace(NAMESPACE, '<$1')

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi
const CODE_POINT = /_x([\da-fA-F]{4})_/gi
const NAMED: ReadonlyMap<string, string> = new Map([
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&gt;', '>'],
  ['&lt;', '<'],
  ['&amp;', '&'],
])

/** SheetJS's `unescapexml`: entities, then `_xHHHH_` escapes; CDATA sections are kept verbatim. */
export function unescapeXml(text: string): string {
  const i = text.indexOf('<![CDATA[')
  if (i === -1) {
    return text
      .replace(ENTITY, (all: string, code: string | undefined) => {
        return NAMED.get(all) || String.fromCharCode(parseInt(code!, all.indexOf('x') > -1 ? 16 : 10)) || all
      })
      .replace(CODE_POINT, (_all: string, code: string) => String.fromCharCode(parseInt(code, 16)))
  }
  const j = text.indexOf(']]>')
  return unescapeXml(text.slice(0, i)) + text.slice(i + 9, j) + unescapeXml(text.slice(j + 3))
}

/** SheetJS's `utf8read` under Node: the binary string's bytes decoded as UTF-8 (bad bytes become U+FFFD). */
export const utf8Read = (binary: string): string => Buffer.from(binary, 'latin1').toString('utf8')

/** SheetJS's `parsexmlbool`. */
export const xmlBool = (value: string | undefined): boolean => value === '1' || value === 'true' || value === 'TRUE'

const PLAIN_ITEM = /^\s*<(?:\w+:)?t[^>]*>/
const TEXT_CLOSE = /<\/(?:\w+:)?t>/
const RUN = /<(?:\w+:)?r>/
const RUN_TEXT = /<(?:\w+:)?t[^>]*>([^<]*)<\/(?:\w+:)?t>/g
const PHONETIC = /<(?:\w+:)?rPh.*?>([\s\S]*?)<\/(?:\w+:)?rPh>/g

/**
 * The text SheetJS's `parse_si` gives a shared-string item or an inline string (the body of `<si>` or `<is>`):
 * null where it makes no item (an empty body), undefined where its item has no text, else the first `<t>`'s
 * text or, for rich text, every run's text joined (phonetic runs left out).
 */
export function itemText(body: string): string | null | undefined {
  if (!body) return null
  if (PLAIN_ITEM.test(body)) return unescapeXml(utf8Read(body.slice(body.indexOf('>') + 1).split(TEXT_CLOSE)[0] || ''))
  if (RUN.test(body))
    return unescapeXml(utf8Read((body.replace(PHONETIC, '').match(RUN_TEXT) ?? []).join('').replace(TAG, '')))
  return undefined
}

/** A byte range as a binary string, the form SheetJS holds every part in. */
export function binaryString(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')
}
