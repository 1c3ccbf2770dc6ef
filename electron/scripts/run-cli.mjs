// `npm run preflight -- …`: runs the built CLI, building first when the build is missing or older than the
// sources (build output goes to stderr so stdout stays the CLI's JSON). Exit code passes through.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const cli = join(root, 'out/main/cli.js')

function newestSource(dir) {
  let newest = 0
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === '__fixtures__') continue
    const path = join(dir, name)
    const info = statSync(path)
    if (info.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) newest = Math.max(newest, info.mtimeMs)
  }
  return newest
}

const stale =
  !existsSync(cli) ||
  statSync(cli).mtimeMs < Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'shared')))
if (stale) {
  const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  })
  if (build.status !== 0) {
    process.stderr.write('preflight: building the CLI failed\n')
    process.exit(2)
  }
}
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' })
// Ctrl-C reaches the CLI itself (same process group): a push then stops after its batch and exits 3, so this
// wrapper must not die first. SIGTERM is sent to this process only: pass it on.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code) => process.exit(code ?? 2))
