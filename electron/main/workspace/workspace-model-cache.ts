// The last data model fetched from each workspace, so files can be checked offline: one versioned, validated
// file per workspace (`models/<workspaceId>.json`), replaced atomically. A damaged file reads as missing.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { WorkspaceModelSchema, type WorkspaceModel } from '../../../shared/model/workspace-model'
import { WorkspaceIdSchema } from '../../../shared/workspace/workspace-profile'
import { writeFileAtomic } from '../storage/atomic-write'

export const CachedModelFileSchema = z.object({
  version: z.literal(1),
  fetchedAt: z.iso.datetime(),
  model: WorkspaceModelSchema,
})
export type CachedModel = z.infer<typeof CachedModelFileSchema>

export class WorkspaceModelCache {
  private readonly dir: string

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'models')
  }

  /** The file of a workspace's model; the id becomes a file name, so it must be a UUID. */
  pathOf(workspaceId: string): string {
    return join(this.dir, `${WorkspaceIdSchema.parse(workspaceId)}.json`)
  }

  async readCachedModel(workspaceId: string): Promise<CachedModel | null> {
    const path = this.pathOf(workspaceId)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      return null
    }
    try {
      const parsed = CachedModelFileSchema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
    } catch {
      // Damaged JSON: reads as missing, like a foreign shape.
    }
    console.warn(`[workspace-models] ignoring unreadable ${path}; the model will be fetched again on the next test`)
    return null
  }

  async writeCachedModel(workspaceId: string, model: WorkspaceModel, fetchedAt: Date): Promise<CachedModel> {
    const cached = CachedModelFileSchema.parse({ version: 1, fetchedAt: fetchedAt.toISOString(), model })
    await writeFileAtomic(this.pathOf(workspaceId), `${JSON.stringify(cached)}\n`)
    return cached
  }

  async removeCachedModel(workspaceId: string): Promise<void> {
    await rm(this.pathOf(workspaceId), { force: true })
  }
}
