// What the fix sheet writer and reader agree on: the sheet names and the headers of Preflight's own columns.
// The reader finds every column by its header, never by position, so the client may move columns freely.
// Invariant: Preflight's own headers never equal (ignoring case) a data header of the same sheet.

export const DEFAULT_FIX_SHEET_NAME = 'Rows to fix'
export const HOW_TO_FIX_SHEET_NAME = 'How to fix'

const ROW_ID_LABEL = 'Preflight row id (do not change)'
const SOURCE_ROW_LABEL = 'Row in your file'
const PROBLEMS_LABEL = 'Problems'

/** Headers of Preflight's own columns in one fix sheet. */
export interface OwnHeaders {
  readonly rowId: string
  readonly sourceRow: string
  readonly problems: string
}

/** Preflight's headers for a sheet with these data headers: a label a data header already uses gets ` (2)`... */
export function ownHeaders(dataHeaders: readonly string[]): OwnHeaders {
  const taken = new Set(dataHeaders.map(headerKey))
  const free = (label: string): string => {
    let candidate = label
    for (let n = 2; taken.has(headerKey(candidate)); n++) candidate = `${label} (${n})`
    return candidate
  }
  return { rowId: free(ROW_ID_LABEL), sourceRow: free(SOURCE_ROW_LABEL), problems: free(PROBLEMS_LABEL) }
}

/** How headers are compared: trimmed, inner spaces collapsed, case ignored (Excel users do not see case). */
export const headerKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** True for the id column's header, also when the client shortened it (`Preflight row id`). */
export const isRowIdHeader = (text: string): boolean => headerKey(text).startsWith('preflight row id')

/** True for the header of a column Preflight adds for reading only (the source row, the problems). */
export function isReadOnlyHeader(text: string): boolean {
  const key = headerKey(text).replace(/ \(\d+\)$/, '')
  return key === SOURCE_ROW_LABEL.toLowerCase() || key === PROBLEMS_LABEL.toLowerCase()
}

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g
const MAX_SHEET_NAME = 31

/**
 * The sheet name Excel accepts for `requested`: forbidden characters become spaces, at most 31 characters, and
 * the default when nothing usable is left or it would clash with the instructions sheet.
 */
export function fixSheetName(requested: string | undefined): string {
  const cleaned = (requested ?? '')
    .replace(FORBIDDEN_IN_SHEET_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim()
  if (cleaned === '' || cleaned.toLowerCase() === HOW_TO_FIX_SHEET_NAME.toLowerCase()) return DEFAULT_FIX_SHEET_NAME
  return cleaned
}
