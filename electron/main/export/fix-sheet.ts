// Writes the "fix sheet": an XLSX of the rows with problems, styled for the client to correct and send back.
// The first sheet holds the rows (merged back by the row id column), the second one says how to fix them.
// The file is replaced atomically: a failure at any point leaves an existing file as it was.
import { writeFileAtomic } from '../services/atomic-write'
import { assertValidFixSheetInput, type FixSheetInput } from './fix-sheet-input'
import { fixSheetName, HOW_TO_FIX_SHEET_NAME, ownHeaders } from './fix-sheet-layout'
import { buildInstructionsSheet } from './fix-sheet-instructions'
import { finishPackage } from './fix-sheet-package'
import { buildRowsSheet } from './fix-sheet-rows'
import { loadSheetJsWriter } from './load-sheetjs-writer'

export type { FixSheetCellProblem, FixSheetInput, FixSheetInputRow } from './fix-sheet-input'

/** The fix sheet's XLSX bytes. Throws on an input that breaks FixSheetInput's rules (a programmer error). */
export function buildFixSheet(input: FixSheetInput): Buffer {
  assertValidFixSheetInput(input)
  const { sheetJs, openZip } = loadSheetJsWriter()
  const rowsSheet = fixSheetName(input.sheetName)
  const own = ownHeaders(input.headers)
  const rows = buildRowsSheet(input, own)
  const bytes = sheetJs.write(
    {
      SheetNames: [rowsSheet, HOW_TO_FIX_SHEET_NAME],
      Sheets: {
        [rowsSheet]: rows.sheet,
        [HOW_TO_FIX_SHEET_NAME]: buildInstructionsSheet(rowsSheet, own, input.note),
      },
    },
    // Stored, not deflated: finishPackage rewrites the package and deflates it once.
    { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: false },
  )
  return finishPackage(openZip(bytes), 'Preflight', rows.notes)
}

/** Writes the fix sheet for `input` to `path`, replacing any file there only once the new one is complete. */
export async function writeFixSheet(path: string, input: FixSheetInput): Promise<void> {
  await writeFileAtomic(path, buildFixSheet(input))
}
