// Writes what the app exports into one folder: Twenty import files and the rejected rows' fix sheet, each
// atomically (a half-written file never replaces a good one), the fix sheet in the language asked for (its problems
// come worded in it). Returns the paths, in the order given.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { FixSheetInputData } from '../../../shared/export/fix-sheet-input'
import type { Language } from '../../../shared/messages/languages'
import { writeFileAtomic } from '../storage/atomic-write'
import { writeFixSheet } from './fix-sheet'

export async function writeExport(
  dir: string,
  files: readonly { name: string; text: string }[],
  fixSheet: { name: string; input: FixSheetInputData } | null,
  language: Language = 'en',
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const paths: string[] = []
  for (const file of files) {
    const path = join(dir, file.name)
    await writeFileAtomic(path, file.text)
    paths.push(path)
  }
  if (fixSheet && fixSheet.input.rows.length > 0) {
    const path = join(dir, fixSheet.name)
    await writeFixSheet(path, { ...fixSheet.input, language })
    paths.push(path)
  }
  return paths
}
