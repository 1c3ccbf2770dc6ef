// The handlers of migrate:folder and migrate:cancel: the folder asked for through main's folder dialog (unless
// given), planned with the chosen workspace's cached data model (the stock one without) and its members when it
// answers (owner links), its progress sent as migrate:progress events; one AbortController per running job, which
// migrate:cancel aborts.
import type { Emit, Handlers } from '../ipc/dispatch'
import type { WorkerPaths } from '../project/prepare-check'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import type { WorkspaceMember } from '../../../shared/migrate/member-index'
import { migrateFolder } from './migrate-folder'

export interface MigrateHandlerDeps {
  /** Shows the native folder dialog; null when the user cancels it. */
  readonly pickDirectory: () => Promise<string | null>
  readonly workers: WorkerPaths
  /** The workspace's cached data model (the stock model for null or none cached). */
  readonly modelOf: (workspaceId: string | null) => Promise<WorkspaceModel>
  /** The workspace's base URL, which the project remembers (null: none). */
  readonly baseUrlOf: (workspaceId: string | null) => Promise<string | null>
  /** The workspace's members, for owner links; null when there is no workspace or it cannot be read now. */
  readonly membersOf?: (workspaceId: string | null) => Promise<readonly WorkspaceMember[] | null>
  readonly emit?: Emit
}

export function migrateHandlers(deps: MigrateHandlerDeps): Pick<Handlers, 'migrate:folder' | 'migrate:cancel'> {
  const running = new Map<string, AbortController>()
  return {
    'migrate:folder': async ({ folder, workspaceId, jobId }) => {
      const target = folder ?? (await deps.pickDirectory())
      if (target === null) return { folder: null, projectPath: null, reused: false, files: [], links: [], notes: [] }
      const control = new AbortController()
      running.set(jobId, control)
      try {
        const [model, baseUrl] = await Promise.all([deps.modelOf(workspaceId), deps.baseUrlOf(workspaceId)])
        return await migrateFolder(target, {
          model,
          baseUrl,
          readMembers: async () => (await deps.membersOf?.(workspaceId)) ?? null,
          workers: deps.workers,
          signal: control.signal,
          onProgress: (progress) => deps.emit?.('migrate:progress', { jobId, ...progress }),
        })
      } finally {
        running.delete(jobId)
      }
    },
    'migrate:cancel': async ({ jobId }) => {
      const control = running.get(jobId)
      control?.abort()
      return { cancelled: control !== undefined }
    },
  }
}
