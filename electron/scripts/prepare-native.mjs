// Before `npm start`: keytar is compiled for Node by `npm install`; Electron needs it built for its own ABI.
// Rebuilds once per Electron version (needs Electron's headers, fetched on the user's machine).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const marker = 'node_modules/.preflight-native-electron'
if (existsSync(marker) && readFileSync(marker, 'utf8') === electronVersion) process.exit(0)
console.log(`Building keytar for Electron ${electronVersion}…`)
execFileSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['electron-rebuild', '--force', '--only', 'keytar', '--version', electronVersion],
  {
    stdio: 'inherit',
  },
)
writeFileSync(marker, electronVersion)
