// Every language's messages, for what words issues outside the app: the fix sheet (main) and the CLI. The app
// renders through the same functions, so a cell's message reads alike on screen, in a fix sheet and in a
// terminal. An issue without a key and params (or a key a file lacks) keeps its English `message`. Numbers,
// weekdays and dates among the params are written as the language writes them (localParams).
import de from '../../renderer/src/locales/de.json'
import en from '../../renderer/src/locales/en.json'
import es from '../../renderer/src/locales/es.json'
import fr from '../../renderer/src/locales/fr.json'
import pt from '../../renderer/src/locales/pt.json'
import ru from '../../renderer/src/locales/ru.json'
import type { CellFix, CellIssue } from '../fields/cell-result'
import { countryNameEn, countryToIso2 } from '../fields/contact/countries'
import { messageAt } from './english'
import type { Language } from './languages'
import { formatMessage, type MessageParams } from './message-format'

type Messages = { readonly [key: string]: string | Messages }

const FILES: Readonly<Record<Language, Messages>> = { en, ru, de, fr, es, pt }

/**
 * The message at `path` in `language` (English when that file lacks it) as a function of its params, looked up
 * once: for what is worded once per row of a big file. Undefined when no file has it.
 */
export function messageFormatter(language: Language, path: string): ((params: MessageParams) => string) | undefined {
  const message = messageAt(FILES[language], path) ?? messageAt(FILES.en, path)
  return message === undefined ? undefined : (params) => formatMessage(message, params, language)
}

/** The message at `path` in `language` (English when that file lacks it), params filled; undefined when no file has it. */
export function messageIn(language: Language, path: string, params: MessageParams = {}): string | undefined {
  const message = messageAt(FILES[language], path) ?? messageAt(FILES.en, path)
  return message === undefined ? undefined : formatMessage(message, params, language)
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const SPELLED_DATE = new RegExp(`^(\\d{1,2}) (${MONTHS_EN.join('|')}) (\\d{4})$`)
const DECIMAL = /^-?\d+\.\d+$/
/** Cell values as the engine quotes them (quote() in shared/fields/scalar/wording.ts), alone or in a list. */
const QUOTED = /“([^“”]*)”/g
/** Each language's quotation marks around a quoted cell value. */
const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['“', '”'],
  ru: ['«', '»'],
  de: ['„', '“'],
  fr: ['« ', ' »'],
  es: ['«', '»'],
  pt: ['“', '”'],
}

const REGION = /^(.+) \(\+(\d{1,4})\)$/

/** An English country name (`Germany`), or one with its calling code (`Germany (+49)`), in `language`'s words. */
function countryIn(text: string, language: Language): string | null {
  const region = REGION.exec(text)
  const name = region === null ? text : region[1]!
  const iso2 = name.length > 3 ? countryToIso2(name) : null
  if (iso2 === null || countryNameEn(iso2) !== name) return null
  const local = writingOf(language).regions.of(iso2) ?? name
  return region === null ? local : `${local} (+${region[2]})`
}

interface Writing {
  readonly decimal: string
  readonly weekday: Intl.DateTimeFormat
  readonly date: Intl.DateTimeFormat
  readonly regions: Intl.DisplayNames
}

const writings = new Map<Language, Writing>()

function writingOf(language: Language): Writing {
  let writing = writings.get(language)
  if (writing === undefined) {
    writing = {
      decimal: new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.',
      weekday: new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }),
      date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
      regions: new Intl.DisplayNames(language, { type: 'region' }),
    }
    writings.set(language, writing)
  }
  return writing
}

/**
 * The engine's params as `language` writes them: a decimal number with its decimal separator (`1.25` ->
 * `1,25` in German), an English weekday, spelled date or country name (`Friday`, `14 March 2019`, `Germany (+49)`)
 * in the language's words, a
 * quoted cell value in the language's quotation marks (its text never touched). English params are the engine's own.
 */
function localParams(params: MessageParams, language: Language): MessageParams {
  const { decimal, weekday: weekdayName, date } = writingOf(language)
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    const text = String(value)
    const weekday = WEEKDAYS_EN.indexOf(text)
    const spelled = SPELLED_DATE.exec(text)
    const country = countryIn(text, language)
    if (country !== null) out[name] = country
    else if (text.includes('“'))
      out[name] = text.replace(QUOTED, (_, inner: string) => `${QUOTES[language][0]}${inner}${QUOTES[language][1]}`)
    else if (DECIMAL.test(text)) out[name] = text.replace('.', decimal)
    else if (weekday >= 0) out[name] = weekdayName.format(Date.UTC(2023, 0, 1 + weekday))
    else if (spelled !== null)
      out[name] = date.format(Date.UTC(Number(spelled[3]), MONTHS_EN.indexOf(spelled[2]!), Number(spelled[1])))
    else out[name] = value
  }
  return out
}

type Worded = Pick<CellIssue, 'code' | 'message' | 'params' | 'key'>

/** A cell or column issue's message in `language`. */
export function issueIn(issue: Worded, language: Language): string {
  if (issue.params === undefined || language === 'en') return issue.message
  return (
    messageIn(language, `cellIssue.${issue.key ?? issue.code}`, localParams(issue.params, language)) ?? issue.message
  )
}

/** A safe fix's message in `language`. */
export function fixIn(fix: Pick<CellFix, 'code' | 'message' | 'params' | 'key'>, language: Language): string {
  if (fix.params === undefined || language === 'en') return fix.message
  return messageIn(language, `cellFix.${fix.key ?? fix.code}`, localParams(fix.params, language)) ?? fix.message
}

/** Params naming the user's own things (a file, a sheet, a column): shown as they are, never translated. */
const VERBATIM = new Set(['file', 'path', 'sheet', 'sheets', 'column', 'requested'])

/**
 * A problem met while reading a file (a file warning, a notice, an open failure) in `language`: worded from
 * `fileIssue.<key>` with its params as the language writes them (names of files, sheets and columns untouched);
 * its English `message` when it has no key or in English.
 */
export function fileIssueIn(
  issue: { readonly message: string; readonly key?: string; readonly params?: MessageParams },
  language: Language,
): string {
  if (issue.key === undefined || issue.params === undefined || language === 'en') return issue.message
  const local = localParams(
    Object.fromEntries(Object.entries(issue.params).filter(([name]) => !VERBATIM.has(name))),
    language,
  )
  return messageIn(language, `fileIssue.${issue.key}`, { ...issue.params, ...local }) ?? issue.message
}
