// Which language the app speaks: the user's own choice when they made one (kept in localStorage, which
// survives restarts in the app's data folder), else the first of the OS's preferred languages Preflight
// speaks (main's app:languages, Electron's preferred system languages; the browser's own when main names
// none), else English. Numbers and dates take the OS's region when it speaks the chosen language.
import type { PreflightApi } from '../../shared/ipc/api'
import { isLanguage, pickLanguage, setLanguage, setSystemLanguages, type Language } from './i18n'

export const LANGUAGE_STORAGE_KEY = 'preflight.language'

/** The part of Web Storage this needs; null where there is none (unit tests under Node). */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'> | null

function storedChoice(storage: LanguageStorage): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

/**
 * Sets the language at once from the stored choice or the browser's languages (so the first paint is
 * already in it), then asks main for the OS's languages and follows them unless the user chose one.
 */
export async function initLanguage(
  api: Pick<PreflightApi, 'invoke'>,
  storage: LanguageStorage,
  browserLanguages: readonly string[],
): Promise<Language> {
  const chosen = storedChoice(storage)
  setSystemLanguages(browserLanguages)
  setLanguage(chosen ?? pickLanguage(browserLanguages))
  const answer = await api.invoke('app:languages', {}).catch(() => null)
  const system = answer?.ok && answer.value.languages.length > 0 ? answer.value.languages : browserLanguages
  setSystemLanguages(system)
  const language = chosen ?? pickLanguage(system)
  setLanguage(language)
  return language
}

/** The user's choice: spoken at once and remembered for the next start. */
export function chooseLanguage(language: Language, storage: LanguageStorage): void {
  setLanguage(language)
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Storage full or refused: the choice still holds until the app closes.
  }
}

/** The window's localStorage, or null where there is none. */
export function windowStorage(): LanguageStorage {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
