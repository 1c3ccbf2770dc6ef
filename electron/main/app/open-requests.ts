// Files the OS hands the app to open: a double click on a `.preflight` file (or "Open with" on a spreadsheet),
// the command line at first launch, a second launch while the app runs (its argv reaches the first instance
// through the single-instance lock) and macOS's 'open-file' event.
// Invariants: only paths with an extension the app opens are taken (switches, the app's own folder or main
// script when run unpackaged, and anything else on the command line are ignored); file:// URLs become paths (other URLs are ignored);
// every path is absolute;
// a path is delivered exactly once, after the window can receive it (requests that come earlier wait).
// The parsing and the queue are pure; wireOpenRequests is the thin Electron adapter index.ts calls.
import type { App } from 'electron'
import { extname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What the app opens from the OS: its projects and the spreadsheets the Open dialog offers. */
export const OPENABLE_EXTENSIONS: readonly string[] = ['preflight', 'csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xls']

export function isOpenablePath(path: string): boolean {
  return OPENABLE_EXTENSIONS.includes(extname(path).slice(1).toLowerCase())
}

export interface ArgvContext {
  /** The folder relative paths are read from (the launching process's working directory). */
  readonly cwd: string
  /** process.defaultApp: run as `electron <app>`, so argv[1] is the app, not a file to open. */
  readonly defaultApp: boolean
}

/** A file:// URL (Linux desktop entries pass %U, and some file managers hand over URLs) as a path; other URLs: none. */
function fileArgument(arg: string): string | null {
  if (!/^file:/i.test(arg)) return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) ? null : arg
  try {
    return fileURLToPath(arg)
  } catch {
    return null
  }
}

/** The files a command line asks to open: after the executable (and the app when unpackaged), not switches. */
export function pathsFromArgv(argv: readonly string[], context: ArgvContext): string[] {
  const args = argv.slice(context.defaultApp ? 2 : 1)
  const paths: string[] = []
  for (const arg of args) {
    const path = arg.startsWith('-') ? null : fileArgument(arg)
    if (path === null || !isOpenablePath(path)) continue
    const absolute = isAbsolute(path) ? path : resolve(context.cwd, path)
    if (!paths.includes(absolute)) paths.push(absolute)
  }
  return paths
}

/** Holds requested paths until a receiver is ready, then hands each over once, in order. */
export class OpenRequestQueue {
  private waiting: string[] = []
  private receiver: ((path: string) => void) | null = null

  request(paths: readonly string[]): void {
    for (const path of paths) {
      if (this.receiver) this.receiver(path)
      else this.waiting.push(path)
    }
  }

  /** The window can receive paths: everything waiting goes now, later requests at once. */
  ready(receiver: (path: string) => void): void {
    this.receiver = receiver
    const waiting = this.waiting
    this.waiting = []
    for (const path of waiting) receiver(path)
  }

  /** The window went away (or is reloading): requests wait again. */
  notReady(): void {
    this.receiver = null
  }

  get pending(): readonly string[] {
    return this.waiting
  }
}

export interface OpenRequestWiring {
  /** Brings the window to the front (a second launch or a double click while the app runs). */
  readonly focus: () => void
}

/**
 * Takes the single-instance lock and feeds `queue` the files to open. Returns false when another instance
 * holds the lock: that one has been handed this launch's argv, and this process should quit. Call before
 * app.whenReady() (macOS sends 'open-file' for the launching file before 'ready').
 */
export function wireOpenRequests(app: App, queue: OpenRequestQueue, wiring: OpenRequestWiring): boolean {
  if (!app.requestSingleInstanceLock()) return false
  const defaultApp = process.defaultApp === true
  queue.request(pathsFromArgv(process.argv, { cwd: process.cwd(), defaultApp }))
  app.on('second-instance', (_event, argv, workingDirectory) => {
    queue.request(pathsFromArgv(argv, { cwd: workingDirectory, defaultApp }))
    wiring.focus()
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (isOpenablePath(path)) queue.request([path])
    if (app.isReady()) wiring.focus()
  })
  return true
}
