// Parses `preflight <command> <file> [options]` into a validated request; bad arguments are a CliError
// (exit code 2) with one line saying what is wrong.
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { canonicalTimeZone } from '../../shared/fields/scalar/date-zone'
import { LANGUAGES, isLanguage, type Language } from '../../shared/messages/languages'

export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

export const USAGE = `Usage: preflight <check|export|push> <file> --object <name> [--model <metadata.json>] [--mapping <mapping.json>]
       [--sheet <name>] [--header-row <n>] [--date-order dmy|mdy] [--default-country <ISO2>] [--time-zone <IANA zone>]
       [--out <dir>] [--lang en|ru|de|fr|es|pt]
       preflight migrate <folder | file...> --workspace <base-url> [options]
       preflight rollback <journal | <project>.push-journals folder> --workspace <base-url> [options]`

/** Flags every command that reads a source file takes. */
export const SOURCE_FLAGS = {
  object: { type: 'string' },
  model: { type: 'string' },
  mapping: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  'date-order': { type: 'string' },
  'default-country': { type: 'string' },
  'time-zone': { type: 'string' },
  out: { type: 'string' },
} as const

/** Their schema, keyed as the parsed request names them. */
export const sourceArgsShape = {
  file: z.string().min(1),
  object: z.string().min(1, '--object is required'),
  model: z.string().optional(),
  mapping: z.string().optional(),
  sheet: z.string().optional(),
  headerRow: z.coerce.number().int().min(1).max(1000).optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  defaultCountry: z
    .string()
    .regex(/^[A-Za-z]{2}$/, '--default-country takes a two-letter country code such as US or DE')
    .transform((c) => c.toUpperCase())
    .optional(),
  /** The zone date-times without an offset are read in, as Intl spells it; absent: this computer's. */
  timeZone: z
    .string()
    .transform((name, ctx) => {
      const zone = canonicalTimeZone(name)
      if (zone === null)
        ctx.addIssue({
          code: 'custom',
          message: `"${name}" is not a time zone this computer knows; give an IANA name such as Europe/Berlin, America/New_York or UTC`,
        })
      return zone ?? name
    })
    .optional(),
  out: z.string().optional(),
}

/** `--lang`: the language issue messages are printed and written in (the report's messages, the fix sheet). */
export const LANG_FLAG = { lang: { type: 'string' } } as const

/** Its schema: one of the languages Preflight speaks, English when absent. */
export const langArg = z
  .string()
  .optional()
  .transform((value, ctx): Language => {
    if (value === undefined) return 'en'
    if (isLanguage(value)) return value
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a language Preflight writes messages in; give one of ${LANGUAGES.join(', ')}`,
    })
    return 'en'
  })

type FlagValues = Record<string, string | boolean | undefined>

/** The source flags' values as the schema names them. */
export function sourceValues(file: string, v: FlagValues) {
  return {
    file,
    object: v.object ?? '',
    model: v.model,
    mapping: v.mapping,
    sheet: v.sheet,
    headerRow: v['header-row'],
    dateOrder: v['date-order'],
    defaultCountry: v['default-country'],
    timeZone: v['time-zone'],
    out: v.out,
  }
}

/** Splits argv into `<command> <file>` and flag values; anything else is a CliError with the usage. */
export function readArgs(
  argv: readonly string[],
  flags: Record<string, { type: 'string' | 'boolean' }>,
  usage: string,
): { command: string | undefined; file: string | undefined; values: FlagValues } {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: flags })
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`)
  }
  const [command, file, ...extra] = parsed.positionals
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".\n${usage}`)
  return { command, file, values: parsed.values }
}

/** The first schema problem, named by its flag: `--date-order: Invalid option…`. */
export function argumentError(error: z.ZodError): CliError {
  const first = error.issues[0]!
  const flag =
    first.path[0] === undefined ? '' : `--${String(first.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
  return new CliError(`${flag}${first.message}`)
}

const CheckArgsSchema = z.object({ command: z.enum(['check', 'export']), ...sourceArgsShape, lang: langArg })
export type CheckArgs = z.infer<typeof CheckArgsSchema>

export function parseCliArgs(argv: readonly string[]): CheckArgs {
  const { command, file, values } = readArgs(argv, { ...SOURCE_FLAGS, ...LANG_FLAG }, USAGE)
  if (command === undefined) throw new CliError(`No command given.\n${USAGE}`)
  if (!['check', 'export'].includes(command)) throw new CliError(`Unknown command "${command}".\n${USAGE}`)
  if (file === undefined) throw new CliError(`No file given.\n${USAGE}`)
  const result = CheckArgsSchema.safeParse({ command, ...sourceValues(file, values), lang: values.lang })
  if (!result.success) throw argumentError(result.error)
  if (result.data.command === 'export' && !result.data.out) throw new CliError('export needs --out <dir>.')
  return result.data
}
