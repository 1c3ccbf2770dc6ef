// Writes the "fix sheet": an XLSX of the rows with problems, styled for the client to correct and send back.
// The first sheet holds the rows (merged back by the row id column), the second one says how to fix them, both
// in the input's language (the problems come already worded in it).
// The file is replaced atomically: a failure at any point leaves an existing file as it was.
import { writeFileAtomic } from '../storage/atomic-write'
import { assertValidFixSheetInput, type FixSheetInput } from './fix-sheet-input'
import { fixSheetName, howToFixSheetName, ownHeaders } from './fix-sheet-layout'
import { buildInstructionsSheet } from './fix-sheet-instructions'
import { finishPackage } from './fix-sheet-package'
import { buildRowsSheet } from './fix-sheet-rows'
import { loadSheetJsWriter } from './load-sheetjs-writer'

export type { FixSheetCellProblem, FixSheetInput, FixSheetInputRow } from './fix-sheet-input'

/** The fix sheet's XLSX bytes. Throws on an input that breaks FixSheetInput's rules (a programmer error). */
export function buildFixSheet(input: FixSheetInput): Buffer {
  assertValidFixSheetInput(input)
  const { sheetJs, openZip } = loadSheetJsWriter()
  const language = input.language ?? 'en'
  const rowsSheet = fixSheetName(input.sheetName, language)
  const howTo = howToFixSheetName(language)
  const own = ownHeaders(input.headers, language)
  const rows = buildRowsSheet(input, own, language)
  const bytes = sheetJs.write(
    {
      SheetNames: [rowsSheet, howTo],
      Sheets: {
        [rowsSheet]: rows.sheet,
        [howTo]: buildInstructionsSheet(rowsSheet, own, input.note, language),
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
