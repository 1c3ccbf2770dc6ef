// The languages Preflight speaks and how each counts: the list the app, the fix sheet and the CLI share.
// Invariant: pluralIndex picks a form a message of this language has (CLDR one/few/many for Russian, one/other
// for the rest), so every message file gives PLURAL_FORMS[language] forms wherever English has two.

export const LANGUAGES = ['en', 'ru', 'de', 'fr', 'es', 'pt'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language by its own name, as the language picker lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
}

/** How many plural forms each language's messages give, in CLDR order (one, few, many/other). */
export const PLURAL_FORMS: Readonly<Record<Language, number>> = { en: 2, ru: 3, de: 2, fr: 2, es: 2, pt: 2 }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The index of the plural form for `count` among a message's `forms`, by the language's CLDR rule. */
export function pluralIndex(language: Language, count: number, forms: number): number {
  const category = new Intl.PluralRules(language).select(count)
  const order = PLURAL_FORMS[language] === 3 ? ['one', 'few'] : ['one']
  const index = order.indexOf(category)
  return Math.min(index < 0 ? order.length : index, forms - 1)
}
