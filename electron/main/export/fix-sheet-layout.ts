// What the fix sheet writer and reader agree on: the sheet names and the headers of Preflight's own columns, in
// the language the sheet is written in (the `fixSheet` section of the message files). The reader finds every
// column by its header, never by position, so the client may move columns freely, and it knows Preflight's own
// headers in every language (an English sheet written before sheets had a language included).
// Invariant: Preflight's own headers never equal (ignoring case) a data header of the same sheet.
import { messageFormatter, messageIn } from '../../../shared/messages/catalogues'
import { LANGUAGES, type Language } from '../../../shared/messages/languages'
import type { MessageParams } from '../../../shared/messages/message-format'

/** A message of the `fixSheet` section of the message files. */
export type FixSheetKey =
  | 'rowsSheet'
  | 'howToSheet'
  | 'rowIdHeader'
  | 'rowIdShort'
  | 'sourceRowHeader'
  | 'problemsHeader'
  | 'idNote'
  | 'noteError'
  | 'noteWarning'
  | 'columnError'
  | 'columnWarning'
  | 'rowError'
  | 'rowWarning'
  | 'title'
  | 'step1'
  | 'step2'
  | 'step3'
  | 'step4'
  | 'noteRejected'
  | 'refusedRow'
  | 'noteRefused'

/** `fixSheet.<key>` in `language`, params filled; throws for a key the message files lack (a bug). */
export function fixSheetText(language: Language, key: FixSheetKey, params: MessageParams = {}): string {
  const text = messageIn(language, `fixSheet.${key}`, params)
  if (text === undefined) throw new Error(`no message fixSheet.${key}`)
  return text
}

/**
 * `fixSheet.<key>` in `language` as a function of its params `names`, for what is worded once per problem of a
 * big sheet: the message is looked up once, each call only fills it (formatMessage keeps it parsed).
 */
export function fixSheetFormatter<Name extends string>(
  language: Language,
  key: FixSheetKey,
  _names: readonly Name[],
): (params: Readonly<Record<Name, string>>) => string {
  const format = messageFormatter(language, `fixSheet.${key}`)
  if (format === undefined) throw new Error(`no message fixSheet.${key}`)
  return format
}

/** The rows sheet's name when none is asked for, in `language`. */
export const defaultFixSheetName = (language: Language = 'en'): string => fixSheetText(language, 'rowsSheet')
/** The instructions sheet's name in `language`. */
export const howToFixSheetName = (language: Language = 'en'): string => fixSheetText(language, 'howToSheet')

/** The English names, as sheets written before they had a language were named. */
export const DEFAULT_FIX_SHEET_NAME = defaultFixSheetName('en')
export const HOW_TO_FIX_SHEET_NAME = howToFixSheetName('en')

/** Headers of Preflight's own columns in one fix sheet. */
export interface OwnHeaders {
  readonly rowId: string
  readonly sourceRow: string
  readonly problems: string
}

/** Preflight's headers for a sheet with these data headers: a label a data header already uses gets ` (2)`... */
export function ownHeaders(dataHeaders: readonly string[], language: Language = 'en'): OwnHeaders {
  const taken = new Set(dataHeaders.map(headerKey))
  const free = (label: string): string => {
    let candidate = label
    for (let n = 2; taken.has(headerKey(candidate)); n++) candidate = `${label} (${n})`
    return candidate
  }
  return {
    rowId: free(fixSheetText(language, 'rowIdHeader')),
    sourceRow: free(fixSheetText(language, 'sourceRowHeader')),
    problems: free(fixSheetText(language, 'problemsHeader')),
  }
}

/** How headers are compared: trimmed, inner spaces collapsed, case ignored (Excel users do not see case). */
export const headerKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

const inEveryLanguage = (key: FixSheetKey): string[] => [
  ...new Set(LANGUAGES.map((language) => headerKey(fixSheetText(language, key)))),
]
/** The id column's header in every language without its "(do not change)": a shortened header still counts. */
const ROW_ID_STARTS = inEveryLanguage('rowIdShort')
const READ_ONLY_HEADERS: ReadonlySet<string> = new Set([
  ...inEveryLanguage('sourceRowHeader'),
  ...inEveryLanguage('problemsHeader'),
])

/** True for the id column's header in any language, also when the client shortened it (`Preflight row id`). */
export function isRowIdHeader(text: string): boolean {
  const key = headerKey(text)
  return ROW_ID_STARTS.some((start) => key.startsWith(start))
}

/** True for the header of a column Preflight adds for reading only (the source row, the problems), in any language. */
export function isReadOnlyHeader(text: string): boolean {
  return READ_ONLY_HEADERS.has(headerKey(text).replace(/ \(\d+\)$/, ''))
}

/** The rows sheet's default name in every language, English first: where a reader looks for the rows. */
export const DEFAULT_FIX_SHEET_NAMES: readonly string[] = [...new Set(LANGUAGES.map(defaultFixSheetName))]

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g
const MAX_SHEET_NAME = 31

/**
 * The sheet name Excel accepts for `requested`: forbidden characters become spaces, at most 31 characters, and
 * the default in `language` when nothing usable is left or it would clash with the instructions sheet.
 */
export function fixSheetName(requested: string | undefined, language: Language = 'en'): string {
  const cleaned = (requested ?? '')
    .replace(FORBIDDEN_IN_SHEET_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim()
  if (cleaned === '' || cleaned.toLowerCase() === howToFixSheetName(language).toLowerCase())
    return defaultFixSheetName(language)
  return cleaned
}
