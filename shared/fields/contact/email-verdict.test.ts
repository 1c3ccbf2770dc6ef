// The email verdict reader's one-pass scan against the reads it stands for: normalizeEmail's result, and the
// general reader (cleanCell, lower case, isTwentyEmail, hasTypoWarning), on generated, tricky and bench cells.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyVerdict, NO_ISSUES, verdictOf, type CellVerdict } from '../cell-verdict'
import { emailVerdict, normalizeEmail } from './email'
import { hasTypoWarning, isTwentyEmail } from './email-read'
import { contextFor } from './contact-cases.test-support'
import { cleanCell } from './text'

const context = contextFor('email')

/** The reader as it was before the one-pass scan: what the scan must answer wherever this answers. */
function generalVerdict(raw: string): { fixed: boolean; value: string | null; typo: boolean } | null {
  const { text, fix } = cleanCell(raw)
  if (text === '') return { fixed: false, value: null, typo: false }
  if (text.indexOf('@') !== text.lastIndexOf('@')) return null
  const lower = text.toLowerCase()
  if (!isTwentyEmail(lower)) return null
  return { fixed: fix !== null || lower !== text, value: lower, typo: hasTypoWarning(lower) }
}

function expectSameAsNormalizer(raw: string, out: CellVerdict): boolean {
  if (!emailVerdict(raw, context, undefined, out)) return false
  const expected = verdictOf(normalizeEmail(raw, context))
  expect({ fixed: out.fixed, value: out.value, issues: [...out.issues] }, JSON.stringify(raw)).toStrictEqual(expected)
  return true
}

function expectSameAsGeneral(raw: string, out: CellVerdict): void {
  const general = generalVerdict(raw)
  const answered = emailVerdict(raw, context, undefined, out)
  if (general === null) {
    // Only a cell without an @ may be answered where the general reader is not: as an invalid address.
    if (answered) expect(out.value, JSON.stringify(raw)).toBeNull()
    if (answered) expect(cleanCell(raw).text.includes('@'), JSON.stringify(raw)).toBe(false)
    return
  }
  expect(answered, JSON.stringify(raw)).toBe(true)
  expect(
    { fixed: out.fixed, value: out.value, typo: out.issues !== NO_ISSUES && out.issues.length === 1 },
    JSON.stringify(raw),
  ).toStrictEqual(general)
}

// Pieces of addresses at the edges of Twenty's check: dots, hyphens, quotes, capitals, spaces, second @s,
// provider typos, letters outside ASCII and invisible characters.
const piece = fc.constantFrom(
  'a',
  'B',
  'z',
  'Q',
  '0',
  '9',
  '.',
  '..',
  '-',
  '_',
  "'",
  '+',
  '@',
  '@',
  'gmail',
  'GMIAL',
  'gmial',
  'hotmial',
  'com',
  'con',
  'CO',
  'de',
  'x',
  ' ',
  '  ',
  '\t',
  '\n',
  ',',
  ';',
  '<',
  '>',
  'mailto:',
  ' at ',
  '(at)',
  '!',
  '"',
  'é',
  'ß',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '\u00AD',
  'ｊ',
  '\u{1D400}',
  '\u000B',
  '\u001F',
  '\u007F',
)
const tricky = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''))
const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,6}[a-zA-Z0-9])?$/)
const local = fc.stringMatching(/^[A-Za-z0-9_'+-](?:[A-Za-z0-9_'+.-]{0,10}[A-Za-z0-9_+-])?$/)
const provider = fc.constantFrom(
  'gmail.com',
  'gmial.com',
  'Gmail.Co',
  'hotmail.con',
  'yahoo.fr',
  'yahooo.fr',
  'outlook.COM',
  'outlok.de',
  'web.de',
  'acme.c0m',
  'mail.com',
  'ymail.com',
  'GMAIL.CM',
  'icloud.co',
  'protonmial.com',
  'x.cmo',
  'a-b.io',
  'x.y',
)
const host = fc.oneof(
  provider,
  fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'DE', 'io', 'c', 'c0m', 'con', 'museum', 'co.uk'),
    )
    .map(([labels, tld]) => `${labels.join('.')}.${tld}`),
)
const wrap = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u200B', '\u000B', '\u000C')
const address = fc
  .tuple(wrap, local, fc.constantFrom('@', '@', '@', ' at ', '@@', ' @ '), host, wrap)
  .map((p) => p.join(''))

describe('emailVerdict', () => {
  it('answers as normalizeEmail and as the general reader on generated addresses and odd cells', () => {
    const out = emptyVerdict()
    fc.assert(
      fc.property(
        fc.oneof(
          address,
          tricky,
          fc.emailAddress(),
          fc.emailAddress().map((e) => e.toUpperCase()),
          fc.string({ maxLength: 30 }),
        ),
        (raw) => {
          expectSameAsNormalizer(raw, out)
          expectSameAsGeneral(raw, out)
        },
      ),
      { numRuns: 30_000 },
    )
  })

  it('answers the bench file’s shapes, each as normalizeEmail does', () => {
    const out = emptyVerdict()
    const cells = [
      'soren.okafor@outlook.com',
      'Dmitri.OBrien at web.de',
      'SOFIA.LECKI@WEB.DE',
      '',
      ' ',
      ' ada@Yahoo.fr ',
      'alovelace@outlook.COM',
      'ada.lovelace123@company.co.uk',
      'ada@acme-corp.io',
      'ada@gmial.com',
      'ADA@GMIAL.CON',
      'ada',
      'n/a',
      '-',
      `${'a'.repeat(64)}@b.de`,
      `${'a'.repeat(65)}@b.de`,
      `a@${'b'.repeat(250)}.de`,
      `a@${'b'.repeat(249)}.de`,
      'a@b',
      'a@b.',
      'a@.b.de',
      'a@b-.de',
      'a@-b.de',
      'a@b.d-e',
      '.a@b.de',
      'a.@b.de',
      "a'@b.de",
      "'a@b.de",
      'a..b@c.de',
      'a@b..de',
      'a@b.c1',
      'a@1.de',
      '@b.de',
      'a@b.de@',
      'a@@b.de',
    ]
    for (const raw of cells)
      expect(expectSameAsNormalizer(raw, out), raw).toBe(isTwentyEmail(raw.trim().toLowerCase()) || !raw.includes('@'))
  })

  it('remembers each domain’s typo verdict exactly, across many domains sharing the table', () => {
    const out = emptyVerdict()
    const domains: string[] = []
    for (let i = 0; i < 3000; i++)
      domains.push(`d${i.toString(36)}.com`, `gmial${i % 7 === 0 ? '' : i.toString(36)}.com`)
    domains.push('gmial.com', 'GMIAL.com', 'gmail.com', 'Gmail.COM', 'gmail.co', 'hotmail.con', 'acme.con', 'acme.com')
    const random = fc.sample(fc.integer({ min: 0, max: domains.length - 1 }), { numRuns: 20_000, seed: 7 })
    for (const i of [...domains.keys(), ...random, ...[...domains.keys()].reverse()]) {
      const raw = `ada@${domains[i]!}`
      expect(emailVerdict(raw, context, undefined, out), raw).toBe(true)
      expect(out.issues.length === 1, raw).toBe(hasTypoWarning(raw.toLowerCase()))
    }
  })
})
