// ensure-electron.mjs fetches Electron's runtime the way electron's own install.js does, from a mirror: here a
// stand-in release on loopback, into a temp copy of the electron package (never the real node_modules/electron).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  copyElectronPackage,
  fakeElectronZip,
  FAKE_RUNTIME_OUTPUT,
  NODE_MODULES,
  serveMirror,
  sha256,
  type FakeMirror,
} from './fake-electron-mirror.test-support'

const SCRIPT = resolve(__dirname, 'ensure-electron.mjs')
const VERSION: string = JSON.parse(readFileSync(join(NODE_MODULES, 'electron/package.json'), 'utf8')).version
const ZIP_NAME = `electron-v${VERSION}-linux-x64.zip`

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

let root: string
let electronDir: string
let mirrors: FakeMirror[] = []

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'preflight-ensure-electron-'))
  electronDir = copyElectronPackage(root)
})

afterEach(async () => {
  await Promise.all(mirrors.map((mirror) => mirror.close()))
  mirrors = []
  rmSync(root, { recursive: true, force: true })
})

/** The environment the script runs in: none of this machine's electron settings, a private download cache. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (!/electron|^force_no_cache$|^DEBUG$/i.test(name)) env[name] = value
  }
  return {
    ...env,
    electron_config_cache: join(root, 'cache'),
    ELECTRON_INSTALL_PLATFORM: 'linux',
    ELECTRON_INSTALL_ARCH: 'x64',
    ...extra,
  }
}

function runScript(env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [SCRIPT, '--electron-dir', electronDir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', failed)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

async function mirrorWith(files: Record<string, Buffer>): Promise<FakeMirror> {
  const mirror = await serveMirror(new Map(Object.entries(files)))
  mirrors.push(mirror)
  return mirror
}

describe('ensure-electron', () => {
  it('fetches the runtime from ELECTRON_MIRROR, checked against its SHASUMS256.txt, and writes path.txt', async () => {
    const zip = fakeElectronZip(VERSION)
    const mirror = await mirrorWith({
      [`/v${VERSION}/${ZIP_NAME}`]: zip,
      [`/v${VERSION}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${ZIP_NAME}\n`),
    })
    const env = cleanEnv({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' })

    const first = await runScript(env)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(mirror.requests).toEqual([`/v${VERSION}/${ZIP_NAME}`, `/v${VERSION}/SHASUMS256.txt`])
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron')
    const executable = join(electronDir, 'dist', 'electron')
    expect(statSync(executable).mode & 0o111).not.toBe(0)
    expect(first.stdout).toContain(`Electron ${VERSION} is ready: ${executable}`)
    // What electron-vite preview runs is the runtime that came from the mirror.
    const ran = await new Promise<string>((done) => {
      const child = spawn(executable, ['--version'], { stdio: ['ignore', 'pipe', 'inherit'] })
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
      child.on('close', () => done(out))
    })
    expect(ran.trim()).toBe(`${FAKE_RUNTIME_OUTPUT} --version`)

    // Already there: the next start neither fetches nor prints anything.
    const second = await runScript(env)
    expect(second).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(mirror.requests).toHaveLength(2)
  })

  it('fetches again when the runtime in dist/ is another version (electron was upgraded)', async () => {
    const zip = fakeElectronZip(VERSION)
    const mirror = await mirrorWith({
      [`/v${VERSION}/${ZIP_NAME}`]: zip,
      [`/v${VERSION}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${ZIP_NAME}\n`),
    })
    const env = cleanEnv({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' })
    expect((await runScript(env)).code).toBe(0)
    writeFileSync(join(electronDir, 'dist', 'version'), 'v43.0.0')
    const upgraded = await runScript(env)
    expect(upgraded.code).toBe(0)
    expect(upgraded.stdout).toContain(`Fetching the Electron ${VERSION} runtime`)
    expect(readFileSync(join(electronDir, 'dist', 'version'), 'utf8')).toBe(`v${VERSION}`)
    // The zip comes from the download cache the first run filled; its checksum is checked again.
    expect(mirror.requests.filter((path) => path.endsWith('SHASUMS256.txt'))).toHaveLength(2)
  })

  it('honours ELECTRON_CUSTOM_DIR for a mirror whose folders have no "v"', async () => {
    const zip = fakeElectronZip(VERSION)
    const mirror = await mirrorWith({
      [`/${VERSION}/${ZIP_NAME}`]: zip,
      [`/${VERSION}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${ZIP_NAME}\n`),
    })
    const run = await runScript(
      cleanEnv({
        ELECTRON_MIRROR: mirror.url,
        ELECTRON_CUSTOM_DIR: '{{ version }}',
        electron_use_remote_checksums: '1',
      }),
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(existsSync(join(electronDir, 'dist', 'electron'))).toBe(true)
  })

  it('says which URL and mirror answered 404 and which variables to set, and exits 1', async () => {
    const mirror = await mirrorWith({})
    const run = await runScript(cleanEnv({ ELECTRON_MIRROR: mirror.url }))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `the Electron ${VERSION} runtime could not be fetched (the server answered 404 Not Found)`,
    )
    expect(run.stderr).toContain(`URL:    ${mirror.url}v${VERSION}/${ZIP_NAME}`)
    expect(run.stderr).toContain(`Mirror: ${mirror.url} (from ELECTRON_MIRROR)`)
    expect(run.stderr).toContain('ELECTRON_CUSTOM_DIR')
    expect(run.stderr).toContain('ELECTRON_EXEC_PATH')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false)
  })

  it('refuses a download that does not match the checksum electron ships, and says so', async () => {
    // Without electron_use_remote_checksums, install.js checks against the package's own checksums.json,
    // which the stand-in zip cannot match.
    const mirror = await mirrorWith({ [`/v${VERSION}/${ZIP_NAME}`]: fakeElectronZip(VERSION) })
    const run = await runScript(cleanEnv({ ELECTRON_MIRROR: mirror.url }))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('(the downloaded file does not match its checksum)')
    expect(run.stderr).toContain('node_modules/electron/checksums.json')
    expect(run.stderr).toContain('electron_use_remote_checksums=1')
    expect(existsSync(join(electronDir, 'dist', 'electron'))).toBe(false)
  })

  it('says so when the download is not a zip it can unpack', async () => {
    const broken = Buffer.from('<html>a proxy login page</html>')
    const mirror = await mirrorWith({
      [`/v${VERSION}/${ZIP_NAME}`]: broken,
      [`/v${VERSION}/SHASUMS256.txt`]: Buffer.from(`${sha256(broken)} *${ZIP_NAME}\n`),
    })
    const run = await runScript(cleanEnv({ ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' }))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('(the downloaded archive could not be unpacked)')
    expect(run.stderr).toContain(`URL:    ${mirror.url}v${VERSION}/${ZIP_NAME}`)
    expect(run.stderr).toMatch(/installer said: Error: failed to read archive .*invalid Zip archive/)
    expect(run.stderr).not.toContain('artifactName')
    expect(run.stderr).toContain(`Delete ${join(electronDir, 'dist')} and run npm start again.`)
    expect(existsSync(join(electronDir, 'path.txt'))).toBe(false)
  })

  it('names the host it could not reach when nothing answers at the mirror', async () => {
    const mirror = await mirrorWith({})
    await mirror.close()
    mirrors = []
    const run = await runScript(cleanEnv({ ELECTRON_MIRROR: mirror.url }))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`(this machine could not connect to ${new URL(mirror.url).host})`)
    expect(run.stderr).toContain(`URL:    ${mirror.url}v${VERSION}/${ZIP_NAME}`)
    expect(run.stderr).toContain('set ELECTRON_MIRROR to a mirror this machine can reach')
  })

  it('takes ELECTRON_EXEC_PATH as the runtime without fetching, and refuses one that does not exist', async () => {
    const own = join(root, 'my-electron')
    writeFileSync(own, '#!/bin/sh\n', { mode: 0o755 })
    const mirror = await mirrorWith({})
    expect(await runScript(cleanEnv({ ELECTRON_MIRROR: mirror.url, ELECTRON_EXEC_PATH: own }))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    })
    expect(mirror.requests).toEqual([])
    const missing = await runScript(cleanEnv({ ELECTRON_EXEC_PATH: join(root, 'nowhere') }))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`ELECTRON_EXEC_PATH is set to ${join(root, 'nowhere')}, which does not exist`)
  })
})
