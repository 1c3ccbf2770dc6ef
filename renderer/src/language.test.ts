// The language follows the OS unless the user chose one; the choice is remembered; numbers follow too.
import { afterEach, describe, expect, it } from 'vitest'
import { formatCount } from './format'
import { currentLanguage, setLanguage, setSystemLanguages } from './i18n'
import { chooseLanguage, initLanguage, LANGUAGE_STORAGE_KEY } from './language'
import { FakeApi } from './stores/fake-api.test-support'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  }
}

function osSays(languages: string[]): FakeApi {
  const api = new FakeApi()
  api.answer('app:languages', () => ({ ok: true, value: { languages } }))
  return api
}

afterEach(() => {
  setLanguage('en')
  setSystemLanguages([])
})

describe('initLanguage', () => {
  it('follows the first OS language Preflight speaks, with its region for numbers', async () => {
    expect(await initLanguage(osSays(['ja-JP', 'de-AT', 'en-US']), memoryStorage(), ['en-US'])).toBe('de')
    expect(currentLanguage()).toBe('de')
    expect(formatCount(12345)).toBe(new Intl.NumberFormat('de-AT').format(12345))
  })

  it('keeps the user’s choice over the OS', async () => {
    expect(await initLanguage(osSays(['de-DE']), memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'ru' }), ['de-DE'])).toBe('ru')
  })

  it('ignores a stored value that is no language it speaks', async () => {
    expect(await initLanguage(osSays(['fr-FR']), memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'xx' }), [])).toBe('fr')
  })

  it('falls back to the browser’s languages when main names none, and to English', async () => {
    expect(await initLanguage(osSays([]), null, ['es-MX'])).toBe('es')
    expect(await initLanguage(osSays(['ja-JP']), null, [])).toBe('en')
    expect(await initLanguage(new FakeApi(), null, ['pt-PT'])).toBe('pt')
  })
})

describe('chooseLanguage', () => {
  it('switches at once and remembers the choice', () => {
    const storage = memoryStorage()
    chooseLanguage('fr', storage)
    expect(currentLanguage()).toBe('fr')
    expect(storage.items.get(LANGUAGE_STORAGE_KEY)).toBe('fr')
  })
})
