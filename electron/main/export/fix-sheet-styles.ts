// The look of a fix sheet: Excel's own "Bad" red and "Neutral" amber for problem cells, grey for the columns
// Preflight owns so they read as not for editing. Every look sets the Text number format.
import type { Severity } from '../../../shared/fields/cell-result'
import type { CellStyle } from './load-sheetjs-writer'

const TEXT = '@'
const HEADER = {
  font: { bold: true },
  fill: { patternType: 'solid', fgColor: { rgb: 'FFD9E1F2' } },
  alignment: { vertical: 'center', wrapText: true },
  border: { bottom: { style: 'thin', color: { rgb: 'FF7F7F7F' } } },
  numFmt: TEXT,
} as const

export const FIX_SHEET_STYLES = {
  header: HEADER,
  ownHeader: {
    ...HEADER,
    font: { bold: true, color: { rgb: 'FF404040' } },
    fill: { patternType: 'solid', fgColor: { rgb: 'FFBFBFBF' } },
  },
  /** The id and source-row cells: greyed like a locked cell. */
  own: {
    font: { italic: true, color: { rgb: 'FF595959' } },
    fill: { patternType: 'solid', fgColor: { rgb: 'FFEDEDED' } },
    alignment: { vertical: 'top' },
    numFmt: TEXT,
  },
  plain: { alignment: { vertical: 'top' }, numFmt: TEXT },
  error: {
    font: { color: { rgb: 'FF9C0006' } },
    fill: { patternType: 'solid', fgColor: { rgb: 'FFFFC7CE' } },
    alignment: { vertical: 'top' },
    numFmt: TEXT,
  },
  warning: {
    font: { color: { rgb: 'FF9C5700' } },
    fill: { patternType: 'solid', fgColor: { rgb: 'FFFFEB9C' } },
    alignment: { vertical: 'top' },
    numFmt: TEXT,
  },
  /** The problems column: long lists wrap instead of running off the screen. */
  problems: { alignment: { vertical: 'top', wrapText: true }, numFmt: TEXT },
  title: { font: { bold: true }, numFmt: TEXT },
  paragraph: { alignment: { vertical: 'top', wrapText: true }, numFmt: TEXT },
} as const satisfies Record<string, CellStyle>

/** The style of a cell with problems of these severities: errors win over warnings. */
export function problemStyle(severities: readonly Severity[]): CellStyle {
  return severities.includes('error') ? FIX_SHEET_STYLES.error : FIX_SHEET_STYLES.warning
}
