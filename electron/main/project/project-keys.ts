// The values a project's other files will create, by object and unique field: the app checks the open file's
// relation cells against them (a person's company domain must be in the companies file). Each file is read,
// its recipe replayed and checked exactly as `preflight push <project>` does (prepareProjectSource), in the
// check workers, off the window's thread. Results are kept per file version and recipe, so switching files or
// editing the open one asks again cheaply.
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import { findObject } from '../../../shared/model/workspace-model'
import type { ProjectKeys, ProjectKeysRequest, ProjectKeySet } from '../../../shared/project/project-keys'
import type { ProjectFile, ProjectSource } from '../../../shared/project/project-file'
import { relationSlot } from '../../../shared/check/project-relations'
import { uniqueValuesOf } from '../../../shared/push/pushed-keys'
import { apiRecordsOf } from '../../../shared/twenty-format/import-files'
import type { WorkerPaths } from './prepare-check'
import { prepareProjectSource } from './prepare-project-source'
import { UserError } from '../ipc/user-error'
import { readProject, sourcePathOf } from './project-store'

/** One file's unique values, by relation slot (object, field and subfield). */
type FileValues = { readonly object: string; readonly values: ReadonlyMap<string, readonly string[]> }

const MAX_CACHED_FILES = 16

export class ProjectKeysService {
  private readonly cache = new Map<string, Promise<FileValues>>()

  constructor(
    private readonly workers: WorkerPaths,
    private readonly modelOf: (workspaceId: string | null) => Promise<WorkspaceModel>,
  ) {}

  async keys(request: ProjectKeysRequest): Promise<ProjectKeys> {
    const project = await readProject(request.path)
    const model = await this.modelOf(request.workspaceId)
    const wanted = new Set(
      request.keys.map((k) => findObject(model, k.object)?.nameSingular).filter((o): o is string => o !== undefined),
    )
    const sets = new Map<string, ProjectKeySet & { values: string[] }>()
    for (const key of request.keys) {
      const object = findObject(model, key.object)?.nameSingular
      if (object !== undefined) sets.set(relationSlot({ ...key, object }), { ...key, object, files: [], values: [] })
    }
    const problems: { file: string; message: string }[] = []
    for (const file of project.files) {
      const object = findObject(model, file.mapping.object)
      if (file.id === request.exceptFileId || object === undefined || !wanted.has(object.nameSingular)) continue
      const name = basename(file.path)
      let found: FileValues
      try {
        found = await this.valuesOf(request, project, file, model)
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        problems.push({ file: name, message: error.message })
        continue
      }
      for (const [slot, set] of sets) {
        if (set.object !== found.object) continue
        set.files.push(name)
        for (const value of found.values.get(slot) ?? []) set.values.push(value)
      }
    }
    return { sets: [...sets.values()].filter((s) => s.files.length > 0), problems }
  }

  private async valuesOf(
    request: ProjectKeysRequest,
    project: ProjectFile,
    file: ProjectSource,
    model: WorkspaceModel,
  ): Promise<FileValues> {
    const path = sourcePathOf(request.path, file.path)
    const info = await stat(path).catch(() => null)
    const key = JSON.stringify([request.workspaceId, path, info?.size, info?.mtimeMs, project.settings, file])
    let pending = this.cache.get(key)
    if (pending === undefined) {
      pending = this.compute(request.path, project, file, model)
      this.cache.set(key, pending)
      pending.catch(() => this.cache.delete(key))
      while (this.cache.size > MAX_CACHED_FILES) this.cache.delete(this.cache.keys().next().value!)
    }
    return pending
  }

  private async compute(
    projectPath: string,
    project: ProjectFile,
    file: ProjectSource,
    model: WorkspaceModel,
  ): Promise<FileValues> {
    const { prepared } = await prepareProjectSource(projectPath, project, file, model, this.workers)
    const values = new Map<string, string[]>()
    for (const { record } of apiRecordsOf(prepared.check, prepared.object)) {
      for (const found of uniqueValuesOf(prepared.object, record)) {
        const slot = relationSlot({
          object: prepared.object.nameSingular,
          field: found.field,
          subfield: found.subfield,
        })
        let list = values.get(slot)
        if (list === undefined) values.set(slot, (list = []))
        list.push(found.value)
      }
    }
    return { object: prepared.object.nameSingular, values }
  }
}
