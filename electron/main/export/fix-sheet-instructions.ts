// Builds the fix sheet's second sheet: short instructions for the client, in the words the first sheet uses.
import type { OwnHeaders } from './fix-sheet-layout'
import { FIX_SHEET_STYLES } from './fix-sheet-styles'
import type { WorkSheet } from './load-sheetjs-writer'

export function buildInstructionsSheet(rowsSheet: string, own: OwnHeaders, note: string | undefined): WorkSheet {
  const lines: { text: string; title?: boolean }[] = [
    { text: 'How to fix this file', title: true },
    ...(note?.trim() ? [{ text: note.trim() }] : []),
    {
      text:
        `1. Each row on the "${rowsSheet}" sheet has at least one problem. Red cells must be corrected before the row ` +
        `can be imported; amber cells are warnings worth checking. Hover over a coloured cell, or read the ` +
        `"${own.problems}" column, to see what is wrong.`,
    },
    {
      text: '2. Type the corrected value into the same cell. You may sort and filter the rows. Leave a value you cannot correct as it is.',
    },
    {
      text:
        `3. Do not change, clear or retype the "${own.rowId}" column: it is how your corrections are matched to ` +
        'the original rows. Do not rename or delete columns either. Columns or rows you add are ignored.',
    },
    { text: '4. Save the file as an Excel workbook (.xlsx) and send it back.' },
  ]
  const sheet: WorkSheet = {}
  lines.forEach((line, i) => {
    sheet[`A${i + 1}`] = { t: 's', v: line.text, s: line.title ? FIX_SHEET_STYLES.title : FIX_SHEET_STYLES.paragraph }
  })
  sheet['!ref'] = `A1:A${lines.length}`
  sheet['!cols'] = [{ wch: 100 }]
  return sheet
}
