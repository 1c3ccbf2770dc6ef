// The saved workspace profiles: a versioned JSON file in the app data folder, replaced atomically, writes one
// at a time. Never holds a key (the schema strips anything it does not name). A damaged file reads as empty,
// and is moved aside, not overwritten, on the next save so no profile is lost silently.
import { randomUUID } from 'node:crypto'
import { readFile, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import {
  WorkspaceProfileSchema,
  type WorkspaceDraft,
  type WorkspaceProfile,
} from '../../../shared/workspace/workspace-profile'
import { writeFileAtomic } from '../storage/atomic-write'
import { WorkspaceError } from './workspace-errors'

const FILE_NAME = 'workspaces.json'
const ProfilesFileSchema = z.object({ version: z.literal(1), workspaces: z.array(z.unknown()) })

interface ProfilesState {
  readonly profiles: WorkspaceProfile[]
  /** The file exists but could not be read whole. */
  readonly damaged: boolean
}

export class WorkspaceProfiles {
  readonly path: string
  private queue: Promise<unknown> = Promise.resolve()

  constructor(dataDir: string) {
    this.path = join(dataDir, FILE_NAME)
  }

  async list(): Promise<WorkspaceProfile[]> {
    return (await this.read()).profiles
  }

  async get(id: string): Promise<WorkspaceProfile | undefined> {
    return (await this.list()).find((p) => p.id === id)
  }

  /** Creates (no id) or updates (id) a profile; an update keeps id and createdAt. */
  save(draft: WorkspaceDraft, now = new Date()): Promise<WorkspaceProfile> {
    return this.serialize(async () => {
      const state = await this.read()
      const existing = draft.id === undefined ? undefined : state.profiles.find((p) => p.id === draft.id)
      if (draft.id !== undefined && existing === undefined) {
        throw new WorkspaceError(
          'WORKSPACE_UNKNOWN',
          `No saved workspace has the id ${draft.id}; it may have been removed.`,
        )
      }
      const profile = WorkspaceProfileSchema.parse({
        id: existing?.id ?? randomUUID(),
        name: draft.name,
        baseUrl: draft.baseUrl,
        rateLimitPerMinute: draft.rateLimitPerMinute,
        batchSize: draft.batchSize,
        createdAt: existing?.createdAt ?? now.toISOString(),
      })
      const profiles = existing
        ? state.profiles.map((p) => (p.id === profile.id ? profile : p))
        : [...state.profiles, profile]
      await this.write(state, profiles)
      return profile
    })
  }

  /** Removes a profile; false when none had this id. */
  remove(id: string): Promise<boolean> {
    return this.serialize(async () => {
      const state = await this.read()
      const profiles = state.profiles.filter((p) => p.id !== id)
      if (profiles.length === state.profiles.length) return false
      await this.write(state, profiles)
      return true
    })
  }

  private async read(): Promise<ProfilesState> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch {
      return { profiles: [], damaged: false }
    }
    let file: z.infer<typeof ProfilesFileSchema> | undefined
    try {
      file = ProfilesFileSchema.parse(JSON.parse(text))
    } catch {
      console.warn(`[workspaces] ignoring unreadable ${this.path}`)
      return { profiles: [], damaged: true }
    }
    const profiles: WorkspaceProfile[] = []
    file.workspaces.forEach((entry, i) => {
      const parsed = WorkspaceProfileSchema.safeParse(entry)
      if (parsed.success && !profiles.some((p) => p.id === parsed.data.id)) profiles.push(parsed.data)
      else console.warn(`[workspaces] ignoring unreadable entry [${i}] of ${this.path}`)
    })
    return { profiles, damaged: profiles.length !== file.workspaces.length }
  }

  private async write(state: ProfilesState, profiles: readonly WorkspaceProfile[]): Promise<void> {
    if (state.damaged) {
      const aside = join(dirname(this.path), `workspaces.damaged-${Date.now()}.json`)
      await rename(this.path, aside)
      console.warn(`[workspaces] kept the unreadable file as ${aside}`)
    }
    await writeFileAtomic(this.path, `${JSON.stringify({ version: 1, workspaces: profiles }, null, 2)}\n`)
  }

  // Read-modify-write must not interleave, or two quick saves would lose one.
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch(() => undefined)
    return next
  }
}
