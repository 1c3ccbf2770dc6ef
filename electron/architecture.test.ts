// The folder rules of the house style, checked on every import in the tree (tests, `*.test.ts`, are not checked;
// test support, `*.test-support.ts` or anything in a `testing/` or `__fixtures__/` folder, is checked as test code).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '..')
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name.startsWith('.')) return []
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((m) => ({ spec: m[3]!, typeOnly: Boolean(m[2]) }))
}

/** Test support by its name: a `*.test-support.ts` module, or anything in a `testing/` or `__fixtures__/` folder. */
const TEST_SUPPORT = (path: string) =>
  /\.test-support(\.ts)?$/.test(path) || /(^|\/)(testing|__fixtures__)\//.test(path)

function violations(
  folder: string,
  forbidden: (spec: string, typeOnly: boolean) => boolean,
  { productOnly = false } = {},
): string[] {
  const files = sourceFiles(join(ROOT, folder)).filter((file) => !productOnly || !TEST_SUPPORT(relative(ROOT, file)))
  return files.flatMap((file) =>
    imports(file)
      .filter(({ spec, typeOnly }) => forbidden(spec, typeOnly))
      .map(({ spec }) => `${relative(ROOT, file)} imports ${spec}`),
  )
}

const NODE = (spec: string) =>
  spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(spec)

describe('architecture', () => {
  it('shared/ stays pure: no electron, node, vue, pinia, ag-grid or DOM libraries', () => {
    const bad = violations(
      'shared',
      (spec, typeOnly) => !typeOnly && (NODE(spec) || /^(electron|vue|pinia|ag-grid)/.test(spec)),
    )
    expect(bad).toEqual([])
  })

  it('shared/ reaches the renderer only for its message files (data both sides word messages from)', () => {
    const bad = violations(
      'shared',
      (spec) => spec.includes('renderer/') && !/renderer\/src\/locales\/[a-z]{2}\.json$/.test(spec),
    )
    expect(bad).toEqual([])
  })

  it('renderer/ never reaches electron or node', () => {
    expect(violations('renderer', (spec) => NODE(spec) || spec === 'electron' || spec.includes('/electron/'))).toEqual(
      [],
    )
  })

  it('the preload imports electron and the channel allow-list only', () => {
    const bad = violations(
      'electron/preload',
      (spec, typeOnly) => !typeOnly && spec !== 'electron' && !spec.endsWith('shared/ipc/channels'),
    )
    expect(bad).toEqual([])
  })

  it('main does not import the renderer', () => {
    expect(violations('electron/main', (spec) => spec.includes('renderer/'))).toEqual([])
  })

  it('main never imports cli: the CLI is a thin adapter over main (arguments, output, exit codes)', () => {
    expect(violations('electron/main', (spec) => /(^|\/)cli\//.test(spec))).toEqual([])
  })

  it('product code never imports test support (electron/, shared/, renderer/src/)', () => {
    const bad = ['electron', 'shared', 'renderer/src'].flatMap((folder) =>
      violations(folder, (spec) => TEST_SUPPORT(spec), { productOnly: true }),
    )
    expect(bad).toEqual([])
  })

  it('knows test support by its name, whatever the import looks like', () => {
    const support = [
      './workspace.test-support',
      '../storage/memory-keychain.test-support.ts',
      '../testing/fake-api',
      './fake-api.test-support',
      'renderer/src/testing/x',
      '../__fixtures__/fixture-model',
    ]
    const product = [
      './workspace-client',
      '../push/push-testing-pacer',
      './test-supports',
      './testing',
      '../fixtures/x',
    ]
    expect(support.filter((spec) => !TEST_SUPPORT(spec))).toEqual([])
    expect(product.filter(TEST_SUPPORT)).toEqual([])
    const checked = ['electron', 'shared', 'renderer/src']
      .flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .map((file) => relative(ROOT, file))
    expect(checked.filter(TEST_SUPPORT)).toContain('electron/main/workspace/workspace.test-support.ts')
  })

  it('the checker sees imports at all', () => {
    expect(imports(join(ROOT, 'electron/preload/index.ts')).map((i) => i.spec)).toContain('electron')
  })
})
