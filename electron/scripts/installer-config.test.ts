// The installers' configuration (package.json "build", read by electron-builder for `npm run dist`): what it
// declares, and what electron-builder really packs from it. The packing runs electron-builder's `dir` target
// with a stand-in Electron (electronDist) and no native rebuild, so nothing is downloaded; the installers
// themselves (AppImage, deb, dmg, NSIS) need electron-builder's tools and a real runtime, so they are built by
// `npm run dist` on a machine that has them, never here.
import { execFile } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildCheckReport } from '../../shared/check/check-report'
import { resolveMapping } from '../../shared/check/resolve-mapping'
import { listTargets } from '../../shared/model/list-targets'
import { parseWorkspaceMetadata } from '../../shared/model/parse-metadata'
import { findObject } from '../../shared/model/workspace-model'
import { checkTableInWorkers } from '../main/check/check-in-workers'
import { unpackedPath } from '../main/app/packaged-paths'
import { loadTable } from '../main/files/load-table'

const ROOT = resolve(__dirname, '../..')

const TargetsSchema = z.object({ target: z.array(z.string()) })
const BuildSchema = z.object({
  appId: z.string().min(1),
  productName: z.string().min(1),
  files: z.array(z.string()),
  asar: z.literal(true),
  asarUnpack: z.array(z.string()),
  fileAssociations: z.array(
    z.object({ ext: z.string(), name: z.string(), mimeType: z.string().optional(), role: z.string().optional() }),
  ),
  linux: TargetsSchema.extend({ maintainer: z.string().min(1) }),
  mac: TargetsSchema,
  win: TargetsSchema,
})
const PackageSchema = z.object({ main: z.string(), scripts: z.record(z.string(), z.string()), build: BuildSchema })
const pkg = PackageSchema.parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')))

describe('the installers configuration', () => {
  it('builds an AppImage and a deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb'])
    expect(pkg.build.mac.target).toEqual(['dmg'])
    expect(pkg.build.win.target).toEqual(['nsis'])
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder')
  })

  it("declares .preflight files as the app's projects, so a double click opens them in it", () => {
    expect(pkg.build.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'preflight', name: 'Preflight project', role: 'Editor' }),
    )
  })

  it('packs the build output and the package manifest, nothing of the sources', () => {
    expect(pkg.build.files).toEqual(['out/**/*', 'package.json'])
    expect(pkg.main).toBe('out/main/index.js')
  })
})

// ---- What electron-builder packs from it ----

interface AsarEntry {
  readonly files?: Record<string, AsarEntry>
  readonly unpacked?: boolean
}

/** The file list in an asar archive's header (a pickled JSON object after two size words). */
function asarFiles(archive: string): Map<string, AsarEntry> {
  const buffer = readFileSync(archive)
  const jsonLength = buffer.readUInt32LE(12)
  const header = JSON.parse(buffer.toString('utf8', 16, 16 + jsonLength)) as AsarEntry
  const found = new Map<string, AsarEntry>()
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name
      if (child.files) walk(child, path)
      else found.set(path, child)
    }
  }
  walk(header, '')
  return found
}

/** Runs a command in the repository; CI=true keeps electron-builder from asking the registry for its updates. */
function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((done, failed) => {
    execFile(
      command,
      args,
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CI: 'true' } },
      (error, stdout, stderr) =>
        error ? failed(new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`)) : done(stdout + stderr),
    )
  })
}

describe('the app electron-builder packs', () => {
  let work: string
  let resources: string
  let files: Map<string, AsarEntry>

  beforeAll(async () => {
    for (const built of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`)
    }
    work = mkdtempSync(join(tmpdir(), 'preflight-dist-'))
    // A stand-in Electron: electron-builder copies this folder and renames the executable.
    const electronDist = join(work, 'electron-dist')
    mkdirSync(electronDist)
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n')
    chmodSync(join(electronDist, 'electron'), 0o755)
    writeFileSync(
      join(electronDist, 'version'),
      JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version,
    )
    const output = join(work, 'dist')
    await run(process.execPath, [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ])
    resources = join(output, 'linux-unpacked', 'resources')
    files = asarFiles(join(resources, 'app.asar'))
  }, 180_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('holds the built main, preload and renderer and the manifest, and no sources', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/main/cli.js',
      'out/preload/index.js',
      'out/renderer/index.html',
    ]) {
      expect(files.has(path), path).toBe(true)
    }
    const paths = [...files.keys()]
    const own = paths.filter((path) => !path.startsWith('node_modules/'))
    expect(own.filter((path) => !/^(out\/(main|preload|renderer)\/|package\.json$)/.test(path))).toEqual([])
    expect(paths.some((path) => path.startsWith('node_modules/zod/'))).toBe(true)
  })

  it("unpacks keytar's native module", () => {
    expect(files.get('node_modules/keytar/build/Release/keytar.node')?.unpacked).toBe(true)
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/keytar/build/Release/keytar.node'))).toBe(true)
  })

  it('unpacks every worker script beside the archive, where main looks for them', () => {
    const main = unpackedPath(join(resources, 'app.asar', 'out', 'main'))
    const workers = readdirSync(join(ROOT, 'out/main')).filter((name) => /worker.*\.js$/.test(name))
    expect(workers.sort()).toEqual(['check-worker.js', 'parse-worker.js'])
    for (const name of workers) {
      expect(files.get(`out/main/${name}`)?.unpacked, name).toBe(true)
      expect(existsSync(join(main, name)), name).toBe(true)
    }
  })

  // Plain Node cannot read inside app.asar: a worker that needed anything left in the archive fails here.
  it('runs the unpacked workers from plain files: a workbook is read and a file checked', async () => {
    const main = unpackedPath(join(resources, 'app.asar', 'out', 'main'))
    const workbook = await loadTable(join(ROOT, 'e2e/data/opportunities.xlsx'), {
      workerPath: join(main, 'parse-worker.js'),
    })
    expect([workbook.meta.sheet, workbook.table.rowCount]).toEqual(['Deals', 5])

    const { table, meta } = await loadTable(join(ROOT, 'e2e/data/people-us.csv'), {
      workerPath: join(main, 'parse-worker.js'),
    })
    const model = parseWorkspaceMetadata(
      JSON.parse(readFileSync(join(ROOT, 'e2e/data/workspace-model.json'), 'utf8')),
    ).model
    const people = findObject(model, 'people')!
    const resolved = resolveMapping({
      headers: table.columns.map((c) => c.name),
      samples: table.columns.map((_, c) => table.rowsBetween(0, 100).map((r) => r[c]!)),
      targets: listTargets(people, model),
      objectName: 'people',
    })
    const check = await checkTableInWorkers(
      table,
      resolved.mapped,
      { settings: { defaultCountry: 'US' } },
      join(main, 'check-worker.js'),
    )
    const report = buildCheckReport({ object: 'people', table, headerRow: meta.headerRow.used, resolved, check })
    expect(report.rows).toBe(10)
    expect(resolved.mapped.some((column) => column.target.path === 'phones.primaryPhoneNumber')).toBe(true)
  })
})
