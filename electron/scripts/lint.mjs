// `npm run lint`'s ESLint half: ESLint 9+ reads no configuration from package.json, and the design card keeps
// the top level free of config files, so this runner builds the flat config from package.json's "eslint" key
// (plain JSON: ignores, named presets, rules, per-glob overrides) plus the parsers and plugins, and runs ESLint
// through its Node API with `overrideConfigFile: true` (no eslint.config.* is ever looked for).
// Invariants: every rule lives in package.json, none here; .ts/.mts/.vue files are linted with type information
// from their nearest tsconfig (projectService), .mjs scripts without it; exits 1 on any error, 0 on warnings only.
// Flags: --fix writes ESLint's automatic fixes; --summary adds error/warning/fixable counts by rule after the
// messages; any other arguments are the files or folders to lint (default: the project's code folders).
// Why package.json turns some preset rules off: require-await everywhere (async handlers and stubs return promises
// by contract); the no-unsafe-* family in *.test.ts, *.spec.ts and *.test-support.ts (tests read JSON.parse
// results as any on purpose) and in .vue files (typescript-eslint cannot type a .vue import; vue-tsc checks them,
// as Vue's own ESLint config assumes). Code meant to break a rule says why in a one-line disable comment.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { ESLint } from 'eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DEFAULT_TARGETS = ['electron', 'renderer', 'shared', 'e2e', 'electron.vite.config.ts']
const TYPED_FILES = ['**/*.ts', '**/*.mts', '**/*.vue']
const SCRIPT_FILES = ['**/*.mjs']

// The presets package.json may name under "extends", each applied to the files it is meant for.
const PRESETS = {
  'eslint:recommended': () => [{ ...js.configs.recommended, files: [...TYPED_FILES, ...SCRIPT_FILES] }],
  'typescript-eslint:recommendedTypeChecked': () => restrict(tseslint.configs.recommendedTypeChecked, TYPED_FILES),
  'typescript-eslint:strictTypeChecked': () => restrict(tseslint.configs.strictTypeChecked, TYPED_FILES),
  'vue:essential': () => vue.configs['flat/essential'],
  'vue:recommended': () => vue.configs['flat/recommended'],
}

function restrict(configs, files) {
  return configs.map((config) => (config.rules || config.languageOptions ? { ...config, files } : config))
}

function readSettings() {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
  const settings = pkg.eslint
  if (!settings || typeof settings !== 'object') throw new Error('package.json has no "eslint" key')
  return settings
}

function buildConfig(settings) {
  const presets = (settings.extends ?? []).flatMap((name) => {
    const preset = PRESETS[name]
    if (!preset) throw new Error(`unknown eslint.extends preset "${name}" (known: ${Object.keys(PRESETS).join(', ')})`)
    return preset()
  })
  const typeAware = {
    projectService: { allowDefaultProject: settings.filesOutsideTsconfigs ?? [] },
    tsconfigRootDir: ROOT,
    extraFileExtensions: ['.vue'],
  }
  return [
    { ignores: settings.ignores ?? [] },
    // Registered for every file so rules named in "rules" resolve everywhere; type-aware ones are off for .mjs below.
    { plugins: { '@typescript-eslint': tseslint.plugin, vue } },
    ...presets,
    { files: ['**/*.ts', '**/*.mts'], languageOptions: { parser: tseslint.parser, parserOptions: typeAware } },
    {
      files: ['**/*.vue'],
      languageOptions: {
        parser: vueParser,
        parserOptions: { ...typeAware, parser: tseslint.parser, sourceType: 'module' },
      },
    },
    { files: SCRIPT_FILES, languageOptions: { sourceType: 'module', globals: { ...globals.node } } },
    { files: [...TYPED_FILES, ...SCRIPT_FILES], rules: settings.rules ?? {} },
    ...(settings.overrides ?? []).map(({ files, rules }) => ({ files, rules })),
    { ...tseslint.configs.disableTypeChecked, files: SCRIPT_FILES },
  ]
}

function printSummary(results) {
  const byRule = new Map()
  for (const result of results) {
    for (const message of result.messages) {
      const key = message.ruleId ?? '(parse error)'
      const entry = byRule.get(key) ?? { errors: 0, warnings: 0, fixable: 0, files: new Set() }
      if (message.severity === 2) entry.errors += 1
      else entry.warnings += 1
      if (message.fix) entry.fixable += 1
      entry.files.add(result.filePath)
      byRule.set(key, entry)
    }
  }
  const rows = [...byRule].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings))
  console.log('rule\terrors\twarnings\tfixable\tfiles')
  for (const [rule, e] of rows) console.log(`${rule}\t${e.errors}\t${e.warnings}\t${e.fixable}\t${e.files.size}`)
}

async function main(argv) {
  const fix = argv.includes('--fix')
  const summary = argv.includes('--summary')
  const targets = argv.filter((arg) => !arg.startsWith('--'))
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: buildConfig(readSettings()), fix })
  const results = await eslint.lintFiles(targets.length > 0 ? targets : DEFAULT_TARGETS)
  if (fix) await ESLint.outputFixes(results)
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  const formatter = await eslint.loadFormatter('stylish')
  const text = await formatter.format(results)
  if (text) console.log(text)
  if (summary) printSummary(results)
  console.log(`eslint: ${results.length} files, ${errors} errors, ${warnings} warnings`)
  return errors > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error)
    process.exitCode = 2
  },
)
