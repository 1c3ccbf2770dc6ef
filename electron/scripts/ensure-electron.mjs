// Before `npm start`: makes sure Electron's runtime is in node_modules/electron/dist, with path.txt naming it.
// Electron >= 42 installs without its runtime and fetches it on the first require('electron'), but
// `electron-vite preview` only reads path.txt, so without this nothing would ever fetch it ("Electron uninstall").
// The fetch is electron's own install.js, run as is, so every setting it and @electron/get honour applies:
// ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, ELECTRON_CUSTOM_FILENAME (and their npm_config_electron_* forms),
// electron_config_cache, electron_use_remote_checksums, ELECTRON_INSTALL_PLATFORM/ARCH.
// Invariants: never touches anything outside the electron package folder and the download cache; exits 0 only
// when path.txt and the executable it names exist (or ELECTRON_EXEC_PATH names one, which electron-vite then
// runs: nothing is fetched); on failure exits 1 with what failed, the URL, the mirror and which variable to
// set. `--electron-dir <dir>` points at another copy of the electron package (tests).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/'
const MIRROR_VARIABLES = [
  'npm_config_electron_mirror',
  'NPM_CONFIG_ELECTRON_MIRROR',
  'npm_package_config_electron_mirror',
  'ELECTRON_MIRROR',
]

function electronDirFromArgs(argv) {
  const at = argv.indexOf('--electron-dir')
  if (at >= 0) {
    const dir = argv[at + 1]
    if (!dir) fail(['--electron-dir needs a folder (the electron package to complete).'])
    return resolve(dir)
  }
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}

function fail(lines) {
  console.error(lines.join('\n'))
  process.exit(1)
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** The executable path.txt names, when path.txt exists (as install.js writes it, relative to dist/). */
function installedExecutable(dir) {
  const relative = readText(join(dir, 'path.txt'))
  if (!relative) return null
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist')
  return join(base, relative)
}

function isInstalled(dir, version) {
  const executable = installedExecutable(dir)
  const distVersion = readText(join(dir, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '')
  return (
    executable !== null &&
    existsSync(executable) &&
    (distVersion === version || !!process.env.ELECTRON_OVERRIDE_DIST_PATH)
  )
}

/** Which mirror @electron/get reads, and from which variable (the same order it reads them in). */
function mirrorInUse() {
  for (const name of MIRROR_VARIABLES) {
    const value = process.env[name]
    if (value) return { url: value, from: name }
  }
  return { url: DEFAULT_MIRROR, from: null }
}

/** Runs electron's install.js; resolves with its exit code, the URLs it used and what it printed on stderr. */
function runInstall(dir) {
  const userDebug = process.env.DEBUG
  // @electron/get logs each URL it fetches or looks up in its cache under this debug name: that is how a
  // failure names the exact URL. One line per message (no colours, objects not broken) so they can be told apart.
  const debug = [userDebug, '@electron/get:index'].filter(Boolean).join(',')
  const env = {
    ...process.env,
    DEBUG: debug,
    DEBUG_COLORS: 'no',
    DEBUG_BREAK_LENGTH: process.env.DEBUG_BREAK_LENGTH ?? 'Infinity',
  }
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(dir, 'install.js')], {
      cwd: dir,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text) => {
      stderr += text
      if (userDebug) process.stderr.write(text)
    })
    child.on('error', (error) => done({ code: 1, urls: [], output: String(error) }))
    child.on('close', (code) => {
      const lines = stderr.split(/\r?\n/)
      const urls = lines.flatMap(
        (line) =>
          /@electron\/get:index (?:Downloading (\S+) to |Checking the cache \(.*\) for \S+ \((\S+)\))/
            .exec(line)
            ?.slice(1)
            .filter(Boolean) ?? [],
      )
      // Node's warnings (require() of an ES module on Node 20) are not the installer's message.
      const noise = /@electron\/get:|ExperimentalWarning|--trace-warnings/
      const output = lines.filter((line) => !noise.test(line) && line.trim() !== '').join('\n')
      done({ code: code ?? 1, urls, output })
    })
  })
}

/** What went wrong, in words, and what to do about it, from install.js's error output. */
function explain(output, url, version, dir) {
  const http = /Response code (\d+) \(([^)]*)\) for (\S+)/.exec(output)
  if (http) {
    const [, status, text] = http
    const missing = status === '404'
    return {
      what: `the server answered ${status} ${text}`.trim(),
      todo: missing
        ? [
            `The mirror has no such file. Set ELECTRON_MIRROR to a mirror that holds Electron ${version} (the address ends with "/"),`,
            'and ELECTRON_CUSTOM_DIR to its folder name when it does not use "v<version>" (e.g. ELECTRON_CUSTOM_DIR="{{ version }}").',
          ]
        : ['Try again later, or set ELECTRON_MIRROR to another mirror (the address ends with "/").'],
    }
  }
  if (/did not match expected checksum|No checksum found in checksum file/.test(output)) {
    const remote = process.env.electron_use_remote_checksums || process.env.npm_config_electron_use_remote_checksums
    return {
      what: 'the downloaded file does not match its checksum',
      todo: [
        `The file served is not the one ${remote ? "the mirror's SHASUMS256.txt lists" : 'Electron published (node_modules/electron/checksums.json)'}. Check the mirror,`,
        'and delete the cached copy (the electron folder of your download cache, or the folder electron_config_cache names).',
        ...(remote
          ? []
          : [
              'A mirror that serves its own builds needs electron_use_remote_checksums=1, to check against its SHASUMS256.txt.',
            ]),
      ],
    }
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|certificate/i.test(output)) {
    const host = url ? new URL(url).host : 'the mirror'
    return {
      what: `this machine could not connect to ${host}`,
      todo: [
        'Check the network connection, or set ELECTRON_MIRROR to a mirror this machine can reach (the address ends with "/").',
      ],
    }
  }
  if (/extract|read archive|zip archive/i.test(output)) {
    return {
      what: 'the downloaded archive could not be unpacked',
      todo: [`Delete ${join(dir, 'dist')} and run npm start again.`],
      details: true,
    }
  }
  return {
    what: "electron's installer stopped with an error",
    todo: [`Read its message below; delete ${join(dir, 'dist')} and run npm start again.`],
    details: true,
  }
}

async function main() {
  const exec = process.env.ELECTRON_EXEC_PATH
  if (exec) {
    if (existsSync(exec)) return
    fail([
      `ELECTRON_EXEC_PATH is set to ${exec}, which does not exist. Point it at an Electron executable, or unset it to fetch Electron.`,
    ])
  }
  const dir = electronDirFromArgs(process.argv.slice(2))
  const installJs = join(dir, 'install.js')
  if (!existsSync(installJs)) fail([`${dir} has no install.js: run npm install first.`])
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  if (isInstalled(dir, version)) return

  const mirror = mirrorInUse()
  console.log(`Fetching the Electron ${version} runtime (once, about 100 MB) from ${mirror.url}…`)
  const result = await runInstall(dir)
  const executable = installedExecutable(dir)
  if (result.code === 0 && executable && existsSync(executable)) {
    console.log(`Electron ${version} is ready: ${executable}`)
    return
  }
  // The runtime's own URL (the checksum file is fetched after it); an HTTP error names the URL it failed on.
  const url =
    /Response code \d+ \([^)]*\) for (\S+)/.exec(result.output)?.[1] ??
    result.urls.find((u) => !u.endsWith('/SHASUMS256.txt')) ??
    result.urls[0] ??
    null
  const { what, todo, details = false } = explain(result.output, url, version, dir)
  const firstLine = result.output.split('\n').find((line) => line.trim() !== '') ?? '(no message)'
  fail([
    '',
    `Preflight cannot start: the Electron ${version} runtime could not be fetched (${what}).`,
    `  URL:    ${url ?? '(none was requested)'}`,
    `  Mirror: ${mirror.url}${mirror.from ? ` (from ${mirror.from})` : ' (the default; set ELECTRON_MIRROR to use another)'}`,
    `  Cache:  ${process.env.electron_config_cache || 'the default download cache'} (electron_config_cache)`,
    result.code === 0
      ? `  The installer finished but wrote no runtime: ${executable ?? join(dir, 'path.txt')} is missing.`
      : `  Electron's installer said: ${firstLine}`,
    'What to do:',
    ...todo.map((line) => `  ${line}`),
    `  Or set ELECTRON_EXEC_PATH to an Electron ${version} executable already on this machine.`,
    ...(details ? ['', 'Details:', result.output] : []),
  ])
}

await main()
