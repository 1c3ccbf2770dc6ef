// `--lang`: the built CLI (out/main/cli.js) prints the check report's messages and writes export's fix sheet in
// the language asked for; codes, rows and values stay; English without it; an unknown language stops it (exit 2).
import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFixSheet } from '../main/export/read-fix-sheet'
import { runCli } from './built-cli.test-support'
import { CliError, parseCliArgs } from './cli-args'
import { parsePushArgs } from './push-args'

const ROOT = resolve(__dirname, '../..')
const PEOPLE = join(ROOT, 'e2e/data/people-us.csv')
const MODEL = join(ROOT, 'e2e/data/workspace-model.json')
const SOURCE = [PEOPLE, '--object', 'people', '--model', MODEL, '--default-country', 'US']

interface Issue {
  code: string
  row: number
  message: string
}

const duplicateOf = (stdout: string): Issue =>
  (JSON.parse(stdout) as { issues: Issue[] }).issues.find((i) => i.code === 'DUPLICATE_IN_FILE')!

describe('--lang among the arguments', () => {
  it('takes a language for check, export and push (a file or a project), English without it', () => {
    expect(parseCliArgs(['check', 'a.csv', '--object', 'people']).lang).toBe('en')
    expect(parseCliArgs(['export', 'a.csv', '--object', 'people', '--out', 'o', '--lang', 'ru']).lang).toBe('ru')
    expect(
      parsePushArgs(['push', 'a.csv', '--object', 'people', '--workspace', 'https://crm.example.com', '--lang', 'de'])
        .lang,
    ).toBe('de')
    expect(parsePushArgs(['push', 'p.preflight', '--workspace', 'https://crm.example.com', '--lang', 'pt']).lang).toBe(
      'pt',
    )
  })

  it('refuses a language Preflight does not speak, naming the flag and the languages', () => {
    expect(() => parseCliArgs(['check', 'a.csv', '--object', 'people', '--lang', 'EN'])).toThrow(CliError)
    expect(() =>
      parsePushArgs(['push', 'a.csv', '--object', 'people', '--workspace', 'https://crm.example.com', '--lang', 'it']),
    ).toThrow('--lang: "it" is not a language Preflight writes messages in; give one of en, ru, de, fr, es, pt')
  })
})

describe('preflight --lang', () => {
  it('prints the check report’s messages in Russian and German, English by default', async () => {
    const english = await runCli(['check', ...SOURCE])
    const russian = await runCli(['check', ...SOURCE, '--lang', 'ru'])
    const german = await runCli(['check', ...SOURCE, '--lang', 'de'])
    expect([english.code, russian.code, german.code]).toEqual([1, 1, 1])
    expect(duplicateOf(english.stdout).message).toContain('is also on row 3')
    expect(duplicateOf(russian.stdout)).toMatchObject({
      row: 6,
      message: expect.stringContaining('«grace@cobol.dev» есть и в строке 3'),
    })
    expect(duplicateOf(german.stdout).message).toContain('„grace@cobol.dev“ steht auch in Zeile 3')
    const codes = (stdout: string) => (JSON.parse(stdout) as { issues: Issue[] }).issues.map((i) => [i.row, i.code])
    expect(codes(german.stdout)).toEqual(codes(english.stdout))
  })

  it('writes export’s fix sheet in German: sheet names, headers and problems, and it reads back', async () => {
    const out = await mkdtemp(join(tmpdir(), 'preflight-lang-'))
    const { code } = await runCli(['export', ...SOURCE, '--out', out, '--lang', 'de'])
    expect(code).toBe(1)
    const XLSX = createRequire(__filename)('sheetjs-style') as {
      read(bytes: Buffer, options: { type: 'buffer' }): { SheetNames: string[]; Sheets: Record<string, unknown> }
      utils: { sheet_to_json(sheet: unknown, options: { header: 1; defval: string }): string[][] }
    }
    const book = XLSX.read(await readFile(join(out, 'people-rejected.xlsx')), { type: 'buffer' })
    expect(book.SheetNames).toEqual(['Zu korrigierende Zeilen', 'Anleitung'])
    const rows = XLSX.utils.sheet_to_json(book.Sheets['Zu korrigierende Zeilen'], { header: 1, defval: '' })
    expect(rows[0]![0]).toBe('Preflight-Zeilen-ID (nicht ändern)')
    expect(rows[0]!.at(-1)).toBe('Probleme')
    expect(rows.map((row) => row.at(-1)).join('\n')).toContain('Email: „grace@cobol.dev“ steht auch in Zeile 3')
    const how = XLSX.utils.sheet_to_json(book.Sheets.Anleitung, { header: 1, defval: '' })
    expect(how[1]![0]).toBe('Zeilen, die Preflight nicht in den Import „People“ übernommen hat.')
    const csv = await readFile(join(out, 'people-rejected.csv'), 'utf8')
    expect(csv).toContain('Email: „grace@cobol.dev“ steht auch in Zeile 3')

    const headers = rows[0]!.slice(2, -1)
    const back = await readFixSheet(join(out, 'people-rejected.xlsx'), headers, {
      workerPath: join(ROOT, 'out/main/parse-worker.js'),
    })
    expect(back.problems).toEqual([])
    expect(back.rows).toHaveLength(3)
  })

  it('stops with exit 2 and says which languages there are for one it does not speak', async () => {
    const { code, stdout, stderr } = await runCli(['check', ...SOURCE, '--lang', 'it'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      '--lang: "it" is not a language Preflight writes messages in; give one of en, ru, de, fr, es, pt\n',
    )
  })
})
