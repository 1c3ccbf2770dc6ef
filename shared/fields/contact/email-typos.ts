// Likely typos in the domain of an email address (`gmial.com`, `.con`): suggestions only, never applied.
// Built once: every one-edit misspelling of a few big mail providers, so a lookup is one Map read.

const PROVIDERS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'hotmail.it',
  'hotmail.es',
  'outlook.com',
  'outlook.fr',
  'outlook.de',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.es',
  'yahoo.it',
  'icloud.com',
  'protonmail.com',
  't-online.de',
  'wanadoo.fr',
  'laposte.net',
  'libero.it',
  'orange.fr',
  'freenet.de',
  'telenet.be',
  'ziggo.nl',
  'sapo.pt',
]

// Real domains one edit away from a provider: never "correct" them.
const REAL = new Set(['mail.com', 'ymail.com', 'email.com', 'gmx.com', 'hotmail.de', 'yahoo.de', 'gmail.de'])

// Top-level domains mistyped for .com / .net / .org (none of them exists).
const TLD_TYPOS = new Map([
  ['con', 'com'],
  ['cmo', 'com'],
  ['ocm', 'com'],
  ['vom', 'com'],
  ['xom', 'com'],
  ['comm', 'com'],
  ['coom', 'com'],
  ['cpm', 'com'],
  ['cim', 'com'],
  ['c0m', 'com'],
  ['clm', 'com'],
  ['nte', 'net'],
  ['nett', 'net'],
  ['ogr', 'org'],
  ['orgg', 'org'],
])

// Providers whose mail is only in .com: `gmail.co`, `gmail.cm` are slips of the finger.
const COM_ONLY = new Set(['gmail', 'googlemail', 'hotmail', 'outlook', 'icloud', 'protonmail', 'aol', 'yahoo'])
const COM_SLIPS = new Set(['co', 'cm', 'om', 'comn', 'coj', 'ckm'])

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function oneEditVariants(name: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i <= name.length; i++) {
    const head = name.slice(0, i)
    const tail = name.slice(i)
    if (i < name.length) out.add(head + tail.slice(1))
    if (i < name.length - 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const ch of LETTERS) {
      out.add(head + ch + tail)
      if (i < name.length) out.add(head + ch + tail.slice(1))
    }
  }
  out.delete(name)
  return out
}

function buildTypoMap(): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  const providers = new Set(PROVIDERS)
  for (const domain of PROVIDERS) {
    const dot = domain.indexOf('.')
    const name = domain.slice(0, dot)
    const suffix = domain.slice(dot)
    for (const variant of oneEditVariants(name)) {
      const typo = variant + suffix
      if (variant.length < 3 || providers.has(typo) || REAL.has(typo) || map.has(typo)) continue
      map.set(typo, domain)
    }
  }
  return map
}

const DOMAIN_TYPOS = buildTypoMap()

/** The domain an email's domain was probably meant to be (`gmial.com` -> `gmail.com`), or null. */
export function suggestEmailDomain(domain: string): string | null {
  const direct = DOMAIN_TYPOS.get(domain)
  if (direct !== undefined) return direct
  const dot = domain.lastIndexOf('.')
  const tld = domain.slice(dot + 1)
  const fixedTld = TLD_TYPOS.get(tld)
  if (fixedTld !== undefined) {
    const fixed = `${domain.slice(0, dot)}.${fixedTld}`
    return DOMAIN_TYPOS.get(fixed) ?? fixed
  }
  const name = domain.slice(0, dot)
  if (COM_SLIPS.has(tld) && COM_ONLY.has(name)) return `${name}.com`
  return null
}
