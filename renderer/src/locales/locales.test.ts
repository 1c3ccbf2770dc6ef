// Every language has exactly the English keys, the same placeholders and its own number of plural forms;
// every message renders (no stray `@` or `|` read as syntax), in vue-i18n and in shared/messages' formatter alike;
// every key the renderer names exists.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, PLURAL_FORMS, i18n, pluralIndex, setLanguage, t } from '../i18n'
import en from './en.json'
import { formatMessage } from '../../../shared/messages/message-format'

type Messages = { readonly [key: string]: string | Messages }

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const load = (language: string): Messages =>
  JSON.parse(readFileSync(join(import.meta.dirname, `${language}.json`), 'utf8')) as Messages
const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort()
const isPlural = (message: string): boolean => message.includes(' | ')
const english = flatten(en)

describe('message files', () => {
  it('list no language without a file and no file without a language', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
    expect(files.sort()).toEqual([...LANGUAGES].sort())
  })

  for (const language of LANGUAGES) {
    describe(language, () => {
      const messages = flatten(load(language))

      it('has exactly the English keys', () => {
        expect(
          [...messages.keys()].filter((k) => !english.has(k)),
          'keys English does not have',
        ).toEqual([])
        expect(
          [...english.keys()].filter((k) => !messages.has(k)),
          'English keys missing',
        ).toEqual([])
      })

      it('has the English placeholders in every message, and no empty message', () => {
        for (const [key, message] of messages) {
          expect(message.trim(), key).not.toBe('')
          expect(placeholders(message), key).toEqual(placeholders(english.get(key) ?? ''))
        }
      })

      it(`gives ${PLURAL_FORMS[language]} plural forms where English has plural forms, none elsewhere`, () => {
        for (const [key, message] of messages) {
          const forms = message.split(' | ').length
          if (isPlural(english.get(key) ?? '')) expect(forms, key).toBe(PLURAL_FORMS[language])
          else expect(message.replace(/\{'[^']*'\}/g, '').includes('|'), key).toBe(false)
        }
      })

      it('renders every message with its placeholders filled and nothing read as syntax', () => {
        setLanguage(language)
        for (const [key, message] of messages) {
          const params = Object.fromEntries(placeholders(message).map((name) => [name, `<${name}>`]))
          const forms = message.split(' | ')
          const expected = (form: string) =>
            form.replace(/\{'([^']*)'\}/g, '$1').replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`)
          if (forms.length === 1) {
            expect(t(key, params), key).toBe(expected(message))
            expect(formatMessage(message, params, language), `${key} outside vue-i18n`).toBe(expected(message))
          } else
            for (let count = 0; count < 30; count++) {
              expect(i18n.global.t(key, params, count), `${key} for ${count}`).toBe(
                expected(forms[pluralIndex(language, count, forms.length)]!),
              )
              expect(
                formatMessage(message, { ...params, n: count }, language),
                `${key} for ${count} outside vue-i18n`,
              ).toBe(expected(forms[pluralIndex(language, count, forms.length)]!).replaceAll('<n>', String(count)))
            }
        }
        setLanguage('en')
      })
    })
  }
})

describe('plural forms', () => {
  it('follow each language’s rule', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 0].map((n) => pluralIndex('ru', n, 3))).toEqual([0, 1, 2, 2, 0, 1, 2, 2])
    expect([0, 1, 2].map((n) => pluralIndex('en', n, 2))).toEqual([1, 0, 1])
    expect([0, 1, 2].map((n) => pluralIndex('fr', n, 2))).toEqual([0, 0, 1])
    expect([0, 1, 2, 1_000_000].map((n) => pluralIndex('de', n, 2))).toEqual([1, 0, 1, 1])
  })
})

/** Every .vue and .ts file of the renderer but tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the renderer', () => {
  it('names only keys the English file has', () => {
    const missing: string[] = []
    let named = 0
    for (const file of sources(join(import.meta.dirname, '..'))) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\b(?:t|tn|\$t)\(\s*'([\w.]+)'|(?<!:)keypath="([\w.]+)"/g)) {
        named++
        const key = match[1] ?? match[2]!
        if (!english.has(key)) missing.push(`${file}: ${key}`)
      }
    }
    expect(missing).toEqual([])
    expect(named).toBeGreaterThan(0)
  })
})
