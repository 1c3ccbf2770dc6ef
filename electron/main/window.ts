// The app window with the VS Code posture: sandboxed, context-isolated renderer, no navigation, no new
// windows (http(s) links go to the system browser), and a way to tell whether an IPC sender is our page.
import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const devServerUrl = process.env.ELECTRON_RENDERER_URL

/** The URL of our own page; IPC from any other frame is refused. */
export function appPageUrl(): string {
  return devServerUrl ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href
}

export function isAppPage(url: string | undefined): boolean {
  if (!url) return false
  const page = new URL(appPageUrl())
  const candidate = new URL(url)
  return candidate.origin === page.origin && candidate.pathname === page.pathname
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Preflight',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppPage(url)) event.preventDefault()
  })
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
