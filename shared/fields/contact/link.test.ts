import { describe, it } from 'vitest'
import { normalizeLink, normalizeLinkLabel } from './link'
import { normalizeLinkList } from './link-list'
import { check, label, type Case } from './contact-cases.test-support'

const LINKS: readonly Case[] = [
  { raw: 'www.analytical.io', value: 'https://www.analytical.io', fixes: ['LINK_SCHEME_ADDED'] },
  { raw: 'https://cobol.dev/', value: 'https://cobol.dev', fixes: ['LINK_NORMALISED'] },
  { raw: 'http://www.kernel.org', value: 'http://www.kernel.org' },
  { raw: 'linkedin.com/in/ada-lovelace', value: 'https://linkedin.com/in/ada-lovelace', fixes: ['LINK_SCHEME_ADDED'] },
  {
    raw: 'https://www.linkedin.com/in/Ada-Lovelace/',
    value: 'https://www.linkedin.com/in/Ada-Lovelace',
    fixes: ['LINK_NORMALISED'],
  },
  { raw: 'HTTPS://WWW.X.COM/Path?Q=1', value: 'https://www.x.com/Path?Q=1', fixes: ['LINK_NORMALISED'] },
  { raw: 'https://x.com:443/a', value: 'https://x.com/a', fixes: ['LINK_NORMALISED'] },
  { raw: 'http://x.com:8080/a', value: 'http://x.com:8080/a' },
  { raw: '//x.com/a', value: 'https://x.com/a', fixes: ['LINK_SCHEME_ADDED'] },
  { raw: 'https://münchen.de/karte', value: 'https://xn--mnchen-3ya.de/karte', fixes: ['LINK_NORMALISED'] },
  { raw: 'https://twitter.com/ada#bio', value: 'https://twitter.com/ada#bio' },
  { raw: 'https://10.0.0.1/admin', value: 'https://10.0.0.1/admin' },
  { raw: ' x.com ', value: 'https://x.com', fixes: ['WHITESPACE_TRIMMED', 'LINK_SCHEME_ADDED'] },
  { raw: 'https://x .com', value: null, issues: ['LINK_INVALID'], says: ['spaces'] },
  { raw: 'x.com y.com', value: null, issues: ['LINK_MULTIPLE'], suggestion: 'https://x.com' },
  { raw: 'ftp://files.x.com', value: null, issues: ['LINK_INVALID'], says: ['ftp'] },
  { raw: 'mailto:ada@x.io', value: null, issues: ['LINK_INVALID'], says: ['email address'] },
  { raw: 'ada@x.io', value: null, issues: ['LINK_INVALID'], says: ['email address'] },
  { raw: 'https://acme', value: null, issues: ['LINK_INVALID'], says: ['top-level domain'] },
  { raw: 'not a link', value: null, issues: ['LINK_INVALID'] },
  { raw: 'https://user:pw@x.com', value: null, issues: ['LINK_INVALID'], says: ['password'] },
]

describe('normalizeLink', () => {
  it.each(LINKS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeLink, 'link', c)
  })
})

const LABELS: readonly Case[] = [
  { raw: 'Website', value: 'Website' },
  { raw: '  LinkedIn profile ', value: 'LinkedIn profile', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: 'Company   site', value: 'Company site', fixes: ['WHITESPACE_COLLAPSED'] },
  { raw: ' ', value: null },
]

describe('normalizeLinkLabel', () => {
  it.each(LABELS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeLinkLabel, 'linkLabel', c)
  })
})

const LISTS: readonly Case[] = [
  { raw: '[{"url":"https://twenty.com","label":"Twenty"}]', value: [{ url: 'https://twenty.com', label: 'Twenty' }] },
  { raw: '[{"url":"twenty.com"}]', value: [{ url: 'https://twenty.com', label: '' }], fixes: ['LINK_SCHEME_ADDED'] },
  {
    raw: '["https://a.com","https://b.com"]',
    value: [
      { url: 'https://a.com', label: '' },
      { url: 'https://b.com', label: '' },
    ],
  },
  {
    raw: 'www.a.com, https://b.com/',
    value: [
      { url: 'https://www.a.com', label: '' },
      { url: 'https://b.com', label: '' },
    ],
    fixes: ['LINK_SCHEME_ADDED', 'LINK_NORMALISED'],
  },
  {
    raw: 'https://a.com https://a.com/',
    value: [{ url: 'https://a.com', label: '' }],
    fixes: ['LINK_DUPLICATE_REMOVED'],
  },
  { raw: 'https://a.com; not_a_link', value: null, issues: ['LINK_INVALID'] },
  { raw: '[{"href":"https://a.com"}]', value: null, issues: ['LINK_LIST_INVALID'] },
  { raw: '[{"url":', value: null, issues: ['LINK_LIST_INVALID'] },
]

describe('normalizeLinkList', () => {
  it.each(LISTS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeLinkList, 'linkList', c)
  })
})
