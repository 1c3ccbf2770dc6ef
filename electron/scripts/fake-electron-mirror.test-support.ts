// Test support for ensure-electron: a stand-in Electron release (a zip holding a tiny executable script, the
// `version` file and SHASUMS256.txt) served on loopback the way ELECTRON_MIRROR expects
// (<mirror>/v<version>/<file>), and a temp copy of the electron package to complete. Never the network.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { crc32 } from 'node:zlib'

export interface ZipEntry {
  readonly name: string
  readonly data: string | Buffer
  /** Unix permission bits kept in the archive (0o755 for an executable). */
  readonly mode?: number
}

/** A zip archive of stored (uncompressed) entries with Unix modes, as Electron's release zips carry them. */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8')
    const crc = crc32(data) >>> 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0, 6) // flags
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt16LE(0, 10) // time
    local.writeUInt16LE(0x21, 12) // date: 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the external attributes carry the mode
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(0, 30) // extra
    central.writeUInt16LE(0, 32) // comment
    central.writeUInt16LE(0, 34) // disk
    central.writeUInt16LE(0, 36) // internal attributes
    central.writeUInt32LE(((0o100000 | (entry.mode ?? 0o644)) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The stand-in runtime: prints a marker when run, so a test can tell it is the executable that landed. */
export const FAKE_RUNTIME_OUTPUT = 'stand-in electron runtime'

export function fakeElectronZip(version: string): Buffer {
  return makeZip([
    { name: 'electron', data: `#!/bin/sh\necho "${FAKE_RUNTIME_OUTPUT} $*"\n`, mode: 0o755 },
    { name: 'version', data: `v${version}` },
    { name: 'LICENSE', data: 'stand-in\n' },
  ])
}

export interface FakeMirror {
  /** The ELECTRON_MIRROR value: `http://127.0.0.1:<port>/`. */
  readonly url: string
  /** Paths the mirror was asked for, in order. */
  readonly requests: string[]
  close(): Promise<void>
}

/** Serves `files` (path -> body, e.g. `/v44.11.5/SHASUMS256.txt`) on loopback; anything else is 404. */
export async function serveMirror(files: ReadonlyMap<string, Buffer>): Promise<FakeMirror> {
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://mirror').pathname
    requests.push(path)
    const body = files.get(path)
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
      return
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  }
}

/** The repository's node_modules (the real electron package is read from here, never written). */
export const NODE_MODULES = resolve(__dirname, '../../node_modules')

/**
 * Copies the electron package's own files (not its runtime) to `<root>/node_modules/electron`, with its
 * dependencies linked from the real node_modules, and returns the copy's folder.
 */
export function copyElectronPackage(root: string): string {
  const source = join(NODE_MODULES, 'electron')
  const target = join(root, 'node_modules', 'electron')
  mkdirSync(target, { recursive: true })
  for (const file of ['package.json', 'install.js', 'index.js', 'cli.js', 'checksums.json']) {
    copyFileSync(join(source, file), join(target, file))
  }
  for (const scope of ['@electron', '@electron-internal']) {
    symlinkSync(join(NODE_MODULES, scope), join(dirname(target), scope), 'dir')
  }
  return target
}
