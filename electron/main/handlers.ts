// Main's handler for every invoke channel, built from plain-Node services so the Electron app, the
// end-to-end harness and tests share one implementation. Electron-only parts arrive as functions in deps.
import type { Emit, Handlers } from './ipc/dispatch'
import { exportProject } from './export/export-project'
import type { CredentialStore } from './storage/credential-store'
import type { FileJobs } from './files/file-jobs'
import type { PushJobs } from './push/push-jobs'
import type { RecentFiles } from './files/recent-files'
import { writeExport } from './export/write-export'
import { readFixSheet } from './export/read-fix-sheet'
import { MappingTemplates } from './project/mapping-templates'
import { Projects } from './project/projects'
import { Workspaces } from './workspace/workspaces'
import { ProjectKeysService } from './project/project-keys'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { dirname } from 'node:path'
import { builtWorkers } from './project/prepare-check'
import { migrateHandlers } from './migrate/migrate-handlers'

/** How long "Migrate a folder…" waits for the workspace's members before leaving owner links to the push. */
const MEMBERS_WAIT_MS = 15_000

export interface HandlerDeps {
  readonly version: string
  /** The OS's preferred languages, best first (Electron's app.getPreferredSystemLanguages(), then app.getLocale()). */
  readonly languages?: () => readonly string[]
  readonly host: 'electron' | 'browser-harness'
  /** Shows the native open dialog; null when the user cancels it. */
  readonly pickFile: () => Promise<string | null>
  /** Shows the native save dialog for a project, suggesting a file name; null when the user cancels it. */
  readonly pickSavePath: (suggested: string) => Promise<string | null>
  /** Shows the native folder dialog for an export; null when the user cancels it. */
  readonly pickDirectory: () => Promise<string | null>
  readonly jobs: FileJobs
  /** The parse worker script: returned fix sheets are read in it like any file from outside. */
  readonly parseWorkerPath: string
  /** Pushes started from the app (their events go out through the same emitter as file jobs'). */
  readonly pushes: PushJobs
  readonly recent: RecentFiles
  /** The keychain holding one API key per workspace; read only by main's workspace client. */
  readonly credentials: CredentialStore
  /** The app data folder: workspace profiles and cached data models live here. */
  readonly dataDir: string
  /** Sends events to the window (a project export's progress); none when absent. */
  readonly emit?: Emit
  /** Per-request timeout of workspace calls (default 30 s). */
  readonly workspaceTimeoutMs?: number
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const workspaces = new Workspaces({
    dataDir: deps.dataDir,
    credentials: deps.credentials,
    timeoutMs: deps.workspaceTimeoutMs,
  })
  const projects = new Projects(deps.pickSavePath)
  const templates = new MappingTemplates(deps.dataDir)
  const workers = builtWorkers(dirname(deps.parseWorkerPath))
  const modelOf = async (workspaceId: string | null) =>
    workspaceId === null ? DEFAULT_MODEL : ((await workspaces.cachedModel(workspaceId))?.model ?? DEFAULT_MODEL)
  const projectKeys = new ProjectKeysService(workers, modelOf)
  const exports = new Map<string, AbortController>()
  const baseUrlOf = async (workspaceId: string | null) =>
    workspaceId === null ? null : ((await workspaces.profiles.get(workspaceId))?.baseUrl ?? null)
  // Owner links are checked against the members when the workspace answers within seconds; else matched at push.
  const membersOf = async (workspaceId: string | null) =>
    workspaceId === null
      ? null
      : deps.pushes.members(workspaceId, AbortSignal.timeout(MEMBERS_WAIT_MS)).catch(() => null)
  return {
    ...migrateHandlers({ pickDirectory: deps.pickDirectory, workers, modelOf, baseUrlOf, membersOf, emit: deps.emit }),
    'app:info': async () => ({ version: deps.version, platform: process.platform, host: deps.host }),
    'app:languages': async () => ({
      languages: [...new Set(deps.languages?.() ?? [])]
        .filter((tag) => tag.length > 0 && tag.length <= 35)
        .slice(0, 50),
    }),
    'file:pick': async () => ({ path: await deps.pickFile() }),
    'file:open': (request) => deps.jobs.open(request),
    'file:cancel': async ({ jobId }) => ({ cancelled: deps.jobs.cancel(jobId) }),
    'file:recent-list': async () => ({ files: await deps.recent.list() }),
    'file:recent-remove': async ({ path }) => ({ files: await deps.recent.remove(path) }),
    'workspace:list': () => workspaces.list(),
    'workspace:save': async (draft) => ({ workspace: await workspaces.save(draft) }),
    'workspace:remove': ({ workspaceId }) => workspaces.remove(workspaceId),
    'workspace:set-key': async ({ workspaceId, apiKey }) => ({
      workspace: await workspaces.setKey(workspaceId, apiKey),
    }),
    'workspace:clear-key': ({ workspaceId }) => workspaces.clearKey(workspaceId),
    'workspace:test': ({ workspaceId }) => workspaces.testConnection(workspaceId),
    'workspace:model': async ({ workspaceId }) => ({ model: await workspaces.modelSummary(workspaceId) }),
    'project:save': ({ path, draft }) => projects.save(path, draft),
    'project:open': ({ path }) => projects.open(path),
    'project:keys': (request) => projectKeys.keys(request),
    'workspace:find-values': ({ workspaceId, object, field, subfield, values }) =>
      deps.pushes.findValues(workspaceId, object, field, subfield, values),
    'workspace:data-model': async ({ workspaceId }) => {
      const cached = await workspaces.cachedModel(workspaceId)
      return { model: cached?.model ?? null, fetchedAt: cached?.fetchedAt ?? null }
    },
    'push:plan': ({ workspaceId, object, journal, rows, planId }) =>
      deps.pushes.plan(workspaceId, object, journal, rows, planId),
    'push:start': ({ workspaceId, object, journal, records, jobId }) =>
      deps.pushes.start(workspaceId, object, journal, records, jobId),
    'push:undo': ({ workspaceId, object, journal, dryRun, force, jobId }) =>
      deps.pushes.undo(workspaceId, object, journal, dryRun, force ?? false, jobId),
    'push:undo-project': ({ workspaceId, projectPath, dryRun, force, jobId }) =>
      deps.pushes.undoProject(workspaceId, projectPath, dryRun, force ?? false, jobId),
    'push:project-start': ({ workspaceId, projectPath, jobId, dryRun, policies }) =>
      deps.pushes.startProject(workspaceId, projectPath, jobId, { dryRun, policies }),
    'push:stop': async ({ jobId, hard }) => ({ stopping: deps.pushes.stop(jobId, hard) }),
    'fix-sheet:read': async ({ path, headers }) => {
      const target = path ?? (await deps.pickFile())
      if (target === null) return { path: null, result: null }
      const read = await readFixSheet(target, headers, { workerPath: deps.parseWorkerPath })
      const result = {
        ...read,
        columns: [...read.columns],
        rows: read.rows.map((row) => ({ ...row, cells: { ...row.cells } })),
        problems: read.problems.map((p) => ({ ...p })),
      }
      return { path: target, result }
    },
    'export:project': async ({ projectPath, workspaceId, dir, jobId, language }) => {
      const target = dir ?? (await deps.pickDirectory())
      if (target === null) return { dir: null, paths: [], files: [] }
      const control = new AbortController()
      exports.set(jobId, control)
      try {
        return await exportProject(
          projectPath,
          target,
          await modelOf(workspaceId),
          workers,
          control.signal,
          (progress) => deps.emit?.('export:project-progress', { jobId, ...progress }),
          language,
        )
      } finally {
        exports.delete(jobId)
      }
    },
    'export:project-cancel': async ({ jobId }) => {
      const control = exports.get(jobId)
      control?.abort()
      return { cancelled: control !== undefined }
    },
    'template:list': () => templates.list(),
    'template:save': async (draft) => ({ template: await templates.save(draft) }),
    'template:remove': async ({ id }) => {
      await templates.remove(id)
      return { removed: true }
    },
    'export:write': async ({ dir, files, fixSheet, language }) => {
      const target = dir ?? (await deps.pickDirectory())
      if (target === null) return { dir: null, paths: [] }
      return { dir: target, paths: await writeExport(target, files, fixSheet, language) }
    },
  }
}
