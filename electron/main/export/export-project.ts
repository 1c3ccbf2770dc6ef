// Export of a whole project from the app: every file read as the project says (recipe replayed, checked with
// its mapping), in import order, written as Twenty import files numbered in that order (`01-companies-001.csv`,
// `02-people-001.csv`, …, at most 10,000 records each; rows leaving a checkbox empty in `02-people-no-<field>-001.csv`…)
// with each file's rejected rows beside (`02-people-rejected.csv` and the `.xlsx` fix sheet); empty rows are
// counted, not written, and each file's file warnings are returned. The fix sheets are written in the language asked
// for. Files are written into a hidden folder first and moved into place only when every file is done, so a
// cancelled or failed export leaves the folder as it was.
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Language } from '../../../shared/messages/languages'
import { findObject, type WorkspaceModel } from '../../../shared/model/workspace-model'
import { filesInOrder, outputNamesOf } from '../../../shared/project/files-in-order'
import type { ProjectExportProgress, ProjectExportResult } from '../../../shared/export/project-export'
import type { WorkerPaths } from '../project/prepare-check'
import { prepareProjectSource } from '../project/prepare-project-source'
import { writeImportFiles, writeRejectedFile } from './export-files'
import { isPipelineFailure, UserError } from '../ipc/user-error'
import { readProject } from '../project/project-store'

export class ExportCancelled extends UserError {
  constructor() {
    super('EXPORT_CANCELLED', 'Export cancelled: nothing was written.')
  }
}

export async function exportProject(
  projectPath: string,
  dir: string,
  model: WorkspaceModel,
  workers: WorkerPaths,
  signal: AbortSignal,
  onProgress: (progress: ProjectExportProgress) => void = () => undefined,
  language: Language = 'en',
): Promise<ProjectExportResult> {
  const project = await readProject(projectPath)
  if (project.files.length === 0) throw new UserError('PROJECT_EMPTY', 'The project has no files to export.')
  const ordered = filesInOrder(project.files, model)
  const unknown = ordered.find((f) => !findObject(model, f.mapping.object))
  if (unknown)
    throw new UserError(
      'OBJECT_UNKNOWN',
      `The project's file ${unknown.path} goes to "${unknown.mapping.object}", which the data model does not have.`,
    )
  const outNames = outputNamesOf(ordered, model)
  const staging = join(dir, `.preflight-export-${randomUUID()}`)
  await mkdir(staging, { recursive: true })
  const files: ProjectExportResult['files'] = []
  try {
    for (const [index, file] of ordered.entries()) {
      onProgress({ index, count: ordered.length, name: file.path, phase: 'reading' })
      if (signal.aborted) throw new ExportCancelled()
      const { prepared } = await prepareProjectSource(projectPath, project, file, model, workers).catch(
        (error: unknown) => {
          throw isPipelineFailure(error) ? new UserError('PROJECT_FILE_UNREADABLE', error.message) : error
        },
      )
      if (signal.aborted) throw new ExportCancelled()
      onProgress({ index, count: ordered.length, name: file.path, phase: 'writing' })
      const plural = prepared.object.namePlural
      const name = `${String(index + 1).padStart(2, '0')}-${outNames.get(file.id)!}`
      const { records, emptyRows, notes } = await writeImportFiles(prepared, staging, name)
      let rejected = 0
      for (const flag of prepared.check.rowHasError) rejected += flag
      if (rejected > 0) await writeRejectedFile(prepared, staging, name, language)
      files.push({
        name: file.path,
        object: plural,
        records,
        rejected,
        emptyRows,
        notes,
        fileWarnings: [...prepared.fileWarnings],
      })
    }
    if (signal.aborted) throw new ExportCancelled()
    const written = (await readdir(staging)).sort()
    const paths: string[] = []
    for (const name of written) {
      await rename(join(staging, name), join(dir, name))
      paths.push(join(dir, name))
    }
    return { dir, paths, files }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
