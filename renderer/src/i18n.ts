// The app's languages: one vue-i18n instance (Composition API, no legacy mode) over one JSON message file
// per language in ./locales. English is the source and the fallback; every other file has exactly its keys
// (locales.test.ts). Plural forms follow each language's CLDR rules through Intl.PluralRules, so Russian
// messages have three forms (one | few | many) and the others two (one | other).
// `t` and `tn` read the global locale, a Vue ref: templates and computed values that call them re-render
// when the language changes.
import { shallowRef } from 'vue'
import { createI18n } from 'vue-i18n'
import de from './locales/de.json'
import en from './locales/en.json'
import es from './locales/es.json'
import fr from './locales/fr.json'
import pt from './locales/pt.json'
import ru from './locales/ru.json'
import { LANGUAGES, isLanguage, pluralIndex, type Language } from '../../shared/messages/languages'

export {
  LANGUAGES,
  LANGUAGE_NAMES,
  PLURAL_FORMS,
  isLanguage,
  pluralIndex,
  type Language,
} from '../../shared/messages/languages'

/** The first of the OS's preferred languages (BCP 47 tags, best first) that Preflight speaks; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

const pluralRules = Object.fromEntries(
  LANGUAGES.map((language) => [language, (choice: number, forms: number) => pluralIndex(language, choice, forms)]),
)

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, ru, de, fr, es, pt },
  pluralRules,
  missingWarn: false,
  fallbackWarn: false,
})

/** The language the app speaks now. Reading it inside a render or computed makes that re-run on a change. */
export function currentLanguage(): Language {
  const value = i18n.global.locale.value
  return isLanguage(value) ? value : 'en'
}

export function setLanguage(language: Language): void {
  i18n.global.locale.value = language
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

/** The region each language's numbers and dates are written in when the OS names no region for it. */
const DEFAULT_REGION: Readonly<Record<Language, string>> = {
  en: 'en-US',
  ru: 'ru-RU',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  pt: 'pt-BR',
}

/** The OS's preferred languages, best first, as main reported them. */
const systemTags = shallowRef<readonly string[]>([])

export function setSystemLanguages(tags: readonly string[]): void {
  systemTags.value = [...tags]
}

/**
 * The locale numbers and dates are formatted in: the OS's own tag when it is in the app's language (de-CH
 * writes 12’345), else the language's usual region. English on an OS in another language reads like en-US.
 */
export function formatLocale(): string {
  const language = currentLanguage()
  const own = systemTags.value.find(
    (tag) => tag.toLowerCase().split(/[-_]/)[0] === language && /^[a-z]{2}[-_][A-Za-z]{2}$/.test(tag),
  )
  return own ? own.replace('_', '-') : DEFAULT_REGION[language]
}

export type MessageParams = Readonly<Record<string, string | number>>

/** The message `key` in the current language, `{name}` placeholders filled from `params`. */
export function t(key: string, params: MessageParams = {}): string {
  return i18n.global.t(key, { ...params })
}
