import { describe, expect, it } from 'vitest'
import { normalizeEmail, normalizeEmailKey } from './email'
import { normalizeEmailList } from './email-list'
import { check, contextFor, label, type Case } from './contact-cases.test-support'

const EMAILS: readonly Case[] = [
  // people-us.csv
  {
    raw: 'ADA.LOVELACE@Analytical.io ',
    value: 'ada.lovelace@analytical.io',
    fixes: ['WHITESPACE_TRIMMED', 'EMAIL_LOWERCASED'],
  },
  { raw: ' barbara@mit.edu', value: 'barbara@mit.edu', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: 'alan.turing@enigma', value: null, issues: ['EMAIL_INVALID'], says: ["'enigma'", 'no top-level domain'] },
  { raw: 'grace@cobol.dev', value: 'grace@cobol.dev' },
  { raw: 'kj@nasa.gov', value: 'kj@nasa.gov' },
  { raw: 'dmr@bell-labs.com', value: 'dmr@bell-labs.com' },
  // shapes clients paste
  { raw: 'mailto:tim@w3.org', value: 'tim@w3.org', fixes: ['EMAIL_MAILTO_REMOVED'] },
  { raw: 'MAILTO:Tim@W3.org?subject=Hi', value: 'tim@w3.org', fixes: ['EMAIL_MAILTO_REMOVED', 'EMAIL_LOWERCASED'] },
  { raw: 'Ada <ada@x.io>', value: 'ada@x.io', fixes: ['EMAIL_DISPLAY_NAME_REMOVED'] },
  { raw: '"Lovelace, Ada" <Ada@X.io>', value: 'ada@x.io', fixes: ['EMAIL_DISPLAY_NAME_REMOVED', 'EMAIL_LOWERCASED'] },
  { raw: '<ada@x.io>', value: 'ada@x.io', fixes: ['EMAIL_DISPLAY_NAME_REMOVED'] },
  { raw: 'ada@x.io.', value: 'ada@x.io', fixes: ['EMAIL_PUNCTUATION_REMOVED'] },
  { raw: '(ada@x.io);', value: 'ada@x.io', fixes: ['EMAIL_PUNCTUATION_REMOVED'] },
  { raw: '\u200Bada@x.io', value: 'ada@x.io', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: "o'brien@example.ie", value: "o'brien@example.ie" },
  { raw: 'first.last+crm@sub.example.co.uk', value: 'first.last+crm@sub.example.co.uk' },
  { raw: 'x_y-z@a-b.museum', value: 'x_y-z@a-b.museum' },
  // invalid
  { raw: 'ada.lovelace', value: null, issues: ['EMAIL_INVALID'], says: ['no @'] },
  { raw: '@x.io', value: null, issues: ['EMAIL_INVALID'], says: ['nothing before the @'] },
  { raw: 'ada@', value: null, issues: ['EMAIL_INVALID'], says: ['no domain'] },
  { raw: 'ada@@x.io', value: null, issues: ['EMAIL_INVALID'], says: ['more than one @'] },
  { raw: 'ada..lovelace@x.io', value: null, issues: ['EMAIL_INVALID'], says: ['two dots'] },
  { raw: '.ada@x.io', value: null, issues: ['EMAIL_INVALID'] },
  { raw: 'ada@x..io', value: null, issues: ['EMAIL_INVALID'], says: ['two dots'] },
  { raw: 'ada@x.c', value: null, issues: ['EMAIL_INVALID'], says: ["'.c'"] },
  { raw: 'ada@x.123', value: null, issues: ['EMAIL_INVALID'] },
  { raw: 'ada@-x.io', value: null, issues: ['EMAIL_INVALID'] },
  { raw: 'ada!@x.io', value: null, issues: ['EMAIL_INVALID'], says: ["'!'"] },
  { raw: 'ada @ x.io', value: null, issues: ['EMAIL_INVALID'], suggestion: 'ada@x.io', says: ['spaces'] },
  { raw: 'ada lovelace@x.io', value: null, issues: ['EMAIL_INVALID'], suggestion: 'adalovelace@x.io' },
  { raw: 'ada(at)x.io', value: null, issues: ['EMAIL_INVALID'], suggestion: 'ada@x.io' },
  { raw: 'ada [at] x [dot] io', value: null, issues: ['EMAIL_INVALID'], suggestion: 'ada@x.io' },
  { raw: 'ada@x,io', value: null, issues: ['EMAIL_INVALID'], suggestion: 'ada@x.io', says: ['comma'] },
  { raw: 'info@müller.de', value: null, issues: ['EMAIL_INVALID'], suggestion: 'info@xn--mller-kva.de' },
  // Twenty's server refuses a local part outside ASCII; a transliteration is the client's call, never suggested.
  { raw: 'jörg@example.de', value: null, issues: ['EMAIL_NOT_ASCII'], says: ["'ö'", 'ASCII'] },
  { raw: 'Jürgen@Beispiel.de', value: null, issues: ['EMAIL_NOT_ASCII'] },
  { raw: 'émile@exämple.fr', value: null, issues: ['EMAIL_NOT_ASCII'] },
  { raw: '李@example.cn', value: null, issues: ['EMAIL_NOT_ASCII'] },
  { raw: 'ｊｏｒｇ@example.de', value: null, issues: ['EMAIL_NOT_ASCII'], suggestion: 'jorg@example.de' },
  { raw: `ada@${'x'.repeat(250)}.io`, value: null, issues: ['EMAIL_INVALID'], says: ['255'] },
  { raw: `${'a'.repeat(70)}@x.io`, value: null, issues: ['EMAIL_INVALID'], says: ['64 characters'] },
  { raw: 'n/a', value: null, issues: ['EMAIL_INVALID'] },
  { raw: 'ivan@пример.рф', value: null, issues: ['EMAIL_INVALID'], says: ["'.xn--p1ai'"] },
  // several in one cell
  {
    raw: 'a@x.com; b@y.com',
    value: null,
    issues: ['EMAIL_MULTIPLE'],
    suggestion: 'a@x.com',
    says: ['Additional Emails'],
  },
  {
    raw: 'A@X.com, b@y.com, c@z.com',
    value: null,
    issues: ['EMAIL_MULTIPLE'],
    suggestion: 'a@x.com',
    says: ['3 email addresses'],
  },
  { raw: 'a@x.com b@y.com', value: null, issues: ['EMAIL_MULTIPLE'] },
  { raw: 'Ada <a@x.com>, Bob <b@y.com>', value: null, issues: ['EMAIL_MULTIPLE'], suggestion: 'a@x.com' },
  // typos: warned, never applied
  { raw: 'ada@gmial.com', value: 'ada@gmial.com', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@gmail.com' },
  { raw: 'ada@gamil.com', value: 'ada@gamil.com', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@gmail.com' },
  { raw: 'ada@hotmial.com', value: 'ada@hotmial.com', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@hotmail.com' },
  { raw: 'ada@yahooo.fr', value: 'ada@yahooo.fr', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@yahoo.fr' },
  { raw: 'ada@outlok.de', value: 'ada@outlok.de', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@outlook.de' },
  { raw: 'ada@acme.con', value: 'ada@acme.con', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@acme.com' },
  { raw: 'ada@gmial.con', value: 'ada@gmial.con', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@gmail.com' },
  { raw: 'ada@gmail.co', value: 'ada@gmail.co', issues: ['EMAIL_TYPO_SUSPECTED'], suggestion: 'ada@gmail.com' },
  { raw: 'ADA@GMIAL.COM', value: 'ada@gmial.com', issues: ['EMAIL_TYPO_SUSPECTED'], fixes: ['EMAIL_LOWERCASED'] },
  // real domains that look like typos stay quiet
  { raw: 'ada@gmail.com', value: 'ada@gmail.com' },
  { raw: 'ada@ymail.com', value: 'ada@ymail.com' },
  { raw: 'ada@mail.com', value: 'ada@mail.com' },
  { raw: 'ada@company.co', value: 'ada@company.co' },
  { raw: 'ada@web.de', value: 'ada@web.de' },
]

describe('normalizeEmail', () => {
  it.each(EMAILS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeEmail, 'email', c)
  })

  it('returns the empty result for empty and blank cells', () => {
    for (const raw of ['', '   ', '\t', '\u200B'])
      expect(normalizeEmail(raw, contextFor('email'))).toEqual({ value: null, issues: [], fixes: [] })
  })

  it('quotes the cell in every message', () => {
    const result = normalizeEmail('alan.turing@enigma', contextFor('email'))
    expect(result.issues[0]?.message).toContain("'alan.turing@enigma'")
  })
})

describe('normalizeEmailKey', () => {
  it('compares addresses as Twenty does: trimmed, without display name, lower case', () => {
    expect(normalizeEmailKey(' ADA.LOVELACE@Analytical.io ')).toBe('ada.lovelace@analytical.io')
    expect(normalizeEmailKey('Ada <ada.lovelace@analytical.io>')).toBe('ada.lovelace@analytical.io')
    expect(normalizeEmailKey('Alan.Turing@Enigma ')).toBe('alan.turing@enigma')
    expect(normalizeEmailKey('  ')).toBe('')
  })
})

const LISTS: readonly Case[] = [
  { raw: '["a@x.com","b@y.com"]', value: ['a@x.com', 'b@y.com'] },
  { raw: 'a@x.com; b@y.com', value: ['a@x.com', 'b@y.com'] },
  { raw: 'a@x.com, B@Y.com', value: ['a@x.com', 'b@y.com'], fixes: ['EMAIL_LOWERCASED'] },
  { raw: 'a@x.com b@y.com\nc@z.com', value: ['a@x.com', 'b@y.com', 'c@z.com'] },
  { raw: 'Ada <a@x.com>; Bob <b@y.com>', value: ['a@x.com', 'b@y.com'], fixes: ['EMAIL_DISPLAY_NAME_REMOVED'] },
  { raw: 'a@x.com; A@X.com', value: ['a@x.com'], fixes: ['EMAIL_DUPLICATE_REMOVED'] },
  { raw: '[]', value: null },
  { raw: ' ; , ', value: null },
  { raw: 'a@x.com; alan.turing@enigma', value: null, issues: ['EMAIL_INVALID'], says: ["'alan.turing@enigma'"] },
  { raw: '["a@x.com", 3]', value: null, issues: ['EMAIL_LIST_INVALID'] },
  { raw: '["a@x.com"', value: null, issues: ['EMAIL_LIST_INVALID'], says: ['not valid JSON'] },
  { raw: '{"a":"b@x.com"}', value: null, issues: ['EMAIL_INVALID'] },
  {
    raw: 'a@x.com; b@gmial.com',
    value: ['a@x.com', 'b@gmial.com'],
    issues: ['EMAIL_TYPO_SUSPECTED'],
    suggestion: '["a@x.com","b@gmail.com"]',
  },
]

describe('normalizeEmailList', () => {
  it.each(LISTS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeEmailList, 'emailList', c)
  })
})
