// Which sheet of a workbook to open: the one asked for by name, else the one with the most cells in its used
// range, so a cover sheet of a few lines loses to the data behind it. Ties go to the earlier sheet.
import type { SheetInfo } from '../../../../shared/files/open-file'
import { sheetNotFound } from './workbook-errors'

/** Index into `sheets` of the sheet to read; throws SHEET_NOT_FOUND (listing the sheets) when there is none. */
export function pickSheet(sheets: readonly SheetInfo[], requested: string | undefined, file: string): number {
  const names = sheets.map((sheet) => sheet.name)
  if (requested !== undefined) {
    let index = names.indexOf(requested)
    // Excel treats sheet names case-insensitively, so a remembered choice survives a rename from "deals" to "Deals".
    if (index < 0) index = names.findIndex((name) => name.toLowerCase() === requested.toLowerCase())
    if (index < 0) throw sheetNotFound(file, requested, names)
    return index
  }
  if (sheets.length === 0) throw sheetNotFound(file, undefined, names)
  let best = 0
  for (let i = 1; i < sheets.length; i++) {
    if (cellCount(sheets[i]!) > cellCount(sheets[best]!)) best = i
  }
  return best
}

function cellCount(sheet: SheetInfo): number {
  return sheet.rows * sheet.columns
}
