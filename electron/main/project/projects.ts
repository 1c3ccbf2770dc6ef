// The app's projects: saving a draft from the renderer as a project file (fingerprints and relative paths
// filled in here, written atomically, the first save's date kept) and opening one with each source file's
// state: changed since the recipe was made, or missing. Fingerprints are remembered by path, size and date,
// so autosaving after every edit does not hash a large source file again.
import { copyFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  PROJECT_EXTENSION,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type Fingerprint,
  type OpenedProject,
  type ProjectDraft,
  type ProjectFile,
} from '../../../shared/project/project-file'
import { UserError } from '../ipc/user-error'
import { fingerprintFile, readProject, sameSource, sourcePathOf, storedPath, writeProject } from './project-store'

export class Projects {
  private readonly fingerprints = new Map<string, { size: number; modifiedMs: number; fingerprint: Fingerprint }>()

  constructor(private readonly pickSavePath: (suggested: string) => Promise<string | null>) {}

  async save(path: string | null, draft: ProjectDraft): Promise<{ path: string | null; savedAt: string }> {
    const now = new Date().toISOString()
    const target = path ?? (await this.pickSavePath(`${draft.name}${PROJECT_EXTENSION}`))
    if (target === null) return { path: null, savedAt: now }
    const withExtension = target.toLowerCase().endsWith(PROJECT_EXTENSION) ? target : `${target}${PROJECT_EXTENSION}`
    const previous = await readProject(withExtension).catch(() => null)
    const files = await Promise.all(
      draft.files.map(async ({ rebased, ...file }) => {
        const before = previous?.files.find(
          (f) => f.id === file.id && sourcePathOf(withExtension, f.path) === file.path,
        )
        const kept = before?.fingerprint
        return {
          // A migration's source key and links (written by `preflight migrate`) stay with the file the app saves.
          ...(before?.source ? { source: before.source } : {}),
          ...(before?.links ? { links: before.links } : {}),
          ...file,
          path: storedPath(withExtension, file.path),
          // The fingerprint of the version the recipe was made on: kept from the last save while the recipe
          // continues on the same file, taken anew for a new file or a recipe moved onto a new version.
          fingerprint: kept && !rebased ? kept : await this.fingerprint(file.path),
        }
      }),
    )
    // Moving a recipe onto a new version drops the steps that named rows of the old one: keep the old project.
    if (previous && draft.files.some((f) => f.rebased))
      await copyFile(withExtension, `${withExtension}.previous`).catch(() => undefined)
    const project: ProjectFile = {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      name: draft.name,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      workspace: draft.workspace !== undefined ? draft.workspace : (previous?.workspace ?? null),
      settings: draft.settings,
      files,
    }
    await writeProject(withExtension, project)
    return { path: withExtension, savedAt: now }
  }

  async open(path: string): Promise<OpenedProject> {
    const project = await readProject(path)
    const files = await Promise.all(
      project.files.map(async (file) => {
        const absolute = sourcePathOf(path, file.path)
        const now = await this.fingerprint(absolute).catch(() => null)
        return {
          id: file.id,
          path: absolute,
          changed: now !== null && !sameSource(now, file.fingerprint),
          missing: now === null,
        }
      }),
    )
    return { path, project, files }
  }

  private async fingerprint(path: string): Promise<Fingerprint> {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new UserError('PROJECT_SOURCE_MISSING', `The project's file ${basename(path)} is not at ${path} any more.`)
    }
    const known = this.fingerprints.get(path)
    if (known && known.size === info.size && known.modifiedMs === info.mtimeMs) return known.fingerprint
    const fingerprint = await fingerprintFile(path)
    this.fingerprints.set(path, { size: info.size, modifiedMs: info.mtimeMs, fingerprint })
    return fingerprint
  }
}
