// Builds the fix sheet's second sheet: short instructions for the client, in the sheet's language and the words
// the first sheet uses.
import type { Language } from '../../../shared/messages/languages'
import { fixSheetText, type OwnHeaders } from './fix-sheet-layout'
import { FIX_SHEET_STYLES } from './fix-sheet-styles'
import type { WorkSheet } from './load-sheetjs-writer'

export function buildInstructionsSheet(
  rowsSheet: string,
  own: OwnHeaders,
  note: string | undefined,
  language: Language = 'en',
): WorkSheet {
  const lines: { text: string; title?: boolean }[] = [
    { text: fixSheetText(language, 'title'), title: true },
    ...(note?.trim() ? [{ text: note.trim() }] : []),
    { text: fixSheetText(language, 'step1', { sheet: rowsSheet, problems: own.problems }) },
    { text: fixSheetText(language, 'step2') },
    { text: fixSheetText(language, 'step3', { rowId: own.rowId }) },
    { text: fixSheetText(language, 'step4') },
  ]
  const sheet: WorkSheet = {}
  lines.forEach((line, i) => {
    sheet[`A${i + 1}`] = { t: 's', v: line.text, s: line.title ? FIX_SHEET_STYLES.title : FIX_SHEET_STYLES.paragraph }
  })
  sheet['!ref'] = `A1:A${lines.length}`
  sheet['!cols'] = [{ wch: 100 }]
  return sheet
}
