// Electron entry: wires the window, the native dialog and the IPC transport to the plain-Node services. One
// instance at a time: files the OS hands over (a double-clicked .preflight, a second launch) go to the window.
import { app, BrowserWindow, dialog } from 'electron'
import { OpenRequestQueue, wireOpenRequests } from './app/open-requests'
import { unpackedPath } from './app/packaged-paths'
import { createHandlers } from './handlers'
import { createEmit } from './ipc/dispatch'
import { registerIpc, windowSender } from './ipc/register-ipc'
import { DEFAULT_LIMITS } from './ingest/worker-protocol'
import { CredentialStore } from './storage/credential-store'
import { FileJobs } from './files/file-jobs'
import { PushJobs } from './push/push-jobs'
import { builtWorkers } from './project/prepare-check'
import { RecentFiles } from './files/recent-files'
import { createMainWindow } from './window'

let mainWindow: BrowserWindow | undefined

const OPEN_FILTERS = [
  { name: 'Spreadsheets and projects', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'xls', 'preflight'] },
  { name: 'All files', extensions: ['*'] },
]

async function pickFile(): Promise<string | null> {
  const options = { properties: ['openFile' as const], filters: OPEN_FILTERS }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function pickSavePath(suggested: string): Promise<string | null> {
  const options = { defaultPath: suggested, filters: [{ name: 'Preflight project', extensions: ['preflight'] }] }
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
  return result.canceled ? null : (result.filePath ?? null)
}

async function pickDirectory(): Promise<string | null> {
  const options = { properties: ['openDirectory' as const, 'createDirectory' as const] }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** Shows the window, with the files the OS asked to open delivered once its page has loaded. */
function openWindow(): BrowserWindow {
  const window = createMainWindow()
  openRequests.notReady()
  window.webContents.on('did-finish-load', () =>
    openRequests.ready((path) => emitToWindow?.('app:open-path', { path })),
  )
  window.on('closed', () => openRequests.notReady())
  return window
}

function focusWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    if (app.isReady()) mainWindow = openWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

// End-to-end tests point the app at a throw-away data folder (and so get a lock of their own).
if (process.env.PREFLIGHT_USER_DATA_DIR) app.setPath('userData', process.env.PREFLIGHT_USER_DATA_DIR)
app.enableSandbox()

const openRequests = new OpenRequestQueue()
let emitToWindow: ReturnType<typeof createEmit> | undefined

function startApp(): void {
  const emit = createEmit(windowSender(() => mainWindow))
  emitToWindow = emit
  const dataDir = app.getPath('userData')
  const recent = new RecentFiles(dataDir)
  // Packaged, the worker scripts run from app.asar.unpacked (package.json "build".asarUnpack), not the archive.
  const workers = builtWorkers(unpackedPath(__dirname))
  const jobs = new FileJobs({ workerPath: workers.parse, emit, limits: DEFAULT_LIMITS, recent })
  const credentials = new CredentialStore()
  const pushes = new PushJobs({ dataDir, credentials, emit, workers })
  registerIpc(
    createHandlers({
      version: app.getVersion(),
      languages: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
      host: 'electron',
      pickFile,
      pickSavePath,
      pickDirectory,
      jobs,
      pushes,
      parseWorkerPath: workers.parse,
      recent,
      credentials,
      dataDir,
      emit,
    }),
  )
  mainWindow = openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow()
  })
  app.on('before-quit', () => void jobs.dispose())
}

// The first instance starts; a later launch has handed its files to the first one (second-instance) and leaves.
if (wireOpenRequests(app, openRequests, { focus: focusWindow })) void app.whenReady().then(startApp)
else app.quit()

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
