// Readable labels, in the app's language, for the source settings a user can override, marking the one main
// detected.
import {
  DELIMITERS,
  TEXT_ENCODINGS,
  type Delimiter,
  type SheetInfo,
  type SourceKind,
  type TextEncoding,
} from '../../../../shared/files/open-file'
import { formatRows } from '../../format'
import { t } from '../../i18n'

export interface ChoiceOption<T extends string> {
  readonly value: T
  readonly label: string
}

const ENCODING_NAMES: Record<TextEncoding, () => string> = {
  'utf-8': () => 'UTF-8',
  'utf-16le': () => 'UTF-16 LE',
  'utf-16be': () => 'UTF-16 BE',
  'windows-1252': () => t('source.windows1252'),
}

const DELIMITER_NAMES: Record<Delimiter, () => string> = {
  ',': () => t('source.comma'),
  ';': () => t('source.semicolon'),
  '\t': () => t('source.tab'),
  '|': () => t('source.pipe'),
}

const KIND_NAMES: Record<SourceKind, string> = { csv: 'CSV', xlsx: 'XLSX', xls: 'XLS' }

const marked = (label: string, detected: boolean): string => (detected ? t('source.detected', { label }) : label)

export function encodingChoices(detected: TextEncoding | undefined): ChoiceOption<TextEncoding>[] {
  return TEXT_ENCODINGS.map((value) => ({
    value,
    label: marked(ENCODING_NAMES[value](), value === detected),
  }))
}

export function delimiterChoices(detected: Delimiter | undefined): ChoiceOption<Delimiter>[] {
  return DELIMITERS.map((value) => ({
    value,
    label: marked(DELIMITER_NAMES[value](), value === detected),
  }))
}

export function sheetChoices(sheets: readonly SheetInfo[]): ChoiceOption<string>[] {
  return sheets.map((sheet) => ({
    value: sheet.name,
    label: t('source.sheetRows', { name: sheet.name, rows: formatRows(sheet.rows) }),
  }))
}

export function kindLabel(kind: SourceKind): string {
  return KIND_NAMES[kind]
}

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value)
}

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value)
}

/** A header row the user typed, or null when it is not a whole number from 1 to 1000. */
export function parseHeaderRow(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const value = Number(text)
  return value >= 1 && value <= 1000 ? value : null
}
