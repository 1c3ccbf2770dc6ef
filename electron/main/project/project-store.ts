// Reads and writes project files (validated, atomic: a crash mid-save leaves the previous project intact)
// and fingerprints source files, so a project knows when its source changed since the recipe was made.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { parseProjectFile, type Fingerprint, type ProjectFile } from '../../../shared/project/project-file'
import { UserError } from '../ipc/user-error'
import { writeFileAtomic } from '../storage/atomic-write'

export async function readProject(path: string): Promise<ProjectFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UserError(
      'PROJECT_UNREADABLE',
      `Cannot read the project ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new UserError('PROJECT_INVALID', `The project ${path} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = parseProjectFile(json)
  if (!parsed.ok) throw new UserError('PROJECT_INVALID', `The project ${path} cannot be opened: ${parsed.message}`)
  return parsed.project
}

export async function writeProject(path: string, project: ProjectFile): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(project, null, 2)}\n`)
}

/** A source path as a project stores it: relative when the file is in the project's folder or below. */
export function storedPath(projectPath: string, sourcePath: string): string {
  const rel = relative(dirname(resolve(projectPath)), resolve(sourcePath))
  return rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? resolve(sourcePath) : rel
}

export function sourcePathOf(projectPath: string, stored: string): string {
  return isAbsolute(stored) ? stored : resolve(dirname(resolve(projectPath)), stored)
}

export async function fingerprintFile(path: string): Promise<Fingerprint> {
  const info = await stat(path)
  const hash = createHash('sha256')
  await new Promise<void>((done, fail) => {
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done())
      .on('error', fail)
  })
  return { size: info.size, modifiedMs: Math.floor(info.mtimeMs), sha256: hash.digest('hex') }
}

/** Same content, whatever the file's date says. */
export function sameSource(a: Fingerprint, b: Fingerprint): boolean {
  return a.size === b.size && a.sha256 === b.sha256
}
