// The recent-files list, kept in the app's data folder as a versioned JSON file. A missing or damaged file
// reads as an empty list (and is replaced on the next open) rather than stopping the app.
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { RecentFileSchema, type OpenOptions, type RecentFile } from '../../../shared/files/open-file'
import { writeFileAtomic } from '../storage/atomic-write'

const MAX_RECENT = 12

const RecentFilesFileSchema = z.object({ version: z.literal(1), files: z.array(RecentFileSchema) })

export class RecentFiles {
  private readonly path: string

  constructor(dataDir: string) {
    this.path = join(dataDir, 'recent-files.json')
  }

  async list(): Promise<RecentFile[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch {
      return []
    }
    try {
      const parsed = RecentFilesFileSchema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data.files
    } catch {
      // Damaged JSON: fall through to an empty list.
    }
    console.warn(`[recent-files] ignoring unreadable ${this.path}`)
    return []
  }

  /** Moves `path` to the top with the options it was last opened with. */
  async add(path: string, options: OpenOptions, now = new Date()): Promise<RecentFile[]> {
    const entry: RecentFile = { path, name: basename(path), openedAt: now.toISOString(), options }
    const files = [entry, ...(await this.list()).filter((f) => f.path !== path)].slice(0, MAX_RECENT)
    await this.save(files)
    return files
  }

  async remove(path: string): Promise<RecentFile[]> {
    const files = (await this.list()).filter((f) => f.path !== path)
    await this.save(files)
    return files
  }

  private async save(files: RecentFile[]): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify({ version: 1, files }, null, 2)}\n`)
  }
}
