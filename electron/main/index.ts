// Electron entry: wires the window, the native dialog and the IPC transport to the plain-Node services.
import { app, BrowserWindow, dialog } from 'electron'
import { createHandlers } from './handlers'
import { createEmit } from './ipc/dispatch'
import { registerIpc, windowSender } from './ipc/register-ipc'
import { DEFAULT_LIMITS } from './ingest/worker-protocol'
import { CredentialStore } from './services/credential-store'
import { FileJobs } from './services/file-jobs'
import { PushJobs } from './push/push-jobs'
import { builtWorkers } from '../cli/prepare-check'
import { RecentFiles } from './services/recent-files'
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

// End-to-end tests point the app at a throw-away data folder.
if (process.env.PREFLIGHT_USER_DATA_DIR) app.setPath('userData', process.env.PREFLIGHT_USER_DATA_DIR)
app.enableSandbox()

void app.whenReady().then(() => {
  const emit = createEmit(windowSender(() => mainWindow))
  const dataDir = app.getPath('userData')
  const recent = new RecentFiles(dataDir)
  const workers = builtWorkers(__dirname)
  const jobs = new FileJobs({ workerPath: workers.parse, emit, limits: DEFAULT_LIMITS, recent })
  const credentials = new CredentialStore()
  const pushes = new PushJobs({ dataDir, credentials, emit, workers })
  registerIpc(createHandlers({ version: app.getVersion(), host: 'electron', pickFile, pickSavePath, pickDirectory, jobs, pushes, parseWorkerPath: workers.parse, recent, credentials, dataDir, emit }))
  mainWindow = createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  app.on('before-quit', () => void jobs.dispose())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
