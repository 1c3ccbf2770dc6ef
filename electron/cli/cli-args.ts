// Parses `preflight <command> <file> [options]` into a validated request; bad arguments are a CliError
// (exit code 2) with one line saying what is wrong.
import { parseArgs } from 'node:util'
import { z } from 'zod'

export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

export const USAGE = `Usage: preflight <check|export|push> <file> --object <name> [--model <metadata.json>] [--mapping <mapping.json>]
       [--sheet <name>] [--header-row <n>] [--date-order dmy|mdy] [--default-country <ISO2>] [--out <dir>]`

const CheckArgsSchema = z.object({
  command: z.enum(['check', 'export']),
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
  out: z.string().optional(),
})
export type CheckArgs = z.infer<typeof CheckArgsSchema>

export function parseCliArgs(argv: readonly string[]): CheckArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        object: { type: 'string' },
        model: { type: 'string' },
        mapping: { type: 'string' },
        sheet: { type: 'string' },
        'header-row': { type: 'string' },
        'date-order': { type: 'string' },
        'default-country': { type: 'string' },
        out: { type: 'string' },
      },
    })
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`)
  }
  const [command, file, ...extra] = parsed.positionals
  if (command === undefined) throw new CliError(`No command given.\n${USAGE}`)
  if (!['check', 'export'].includes(command)) throw new CliError(`Unknown command "${command}".\n${USAGE}`)
  if (file === undefined) throw new CliError(`No file given.\n${USAGE}`)
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".\n${USAGE}`)
  const v = parsed.values
  const result = CheckArgsSchema.safeParse({
    command,
    file,
    object: v.object ?? '',
    model: v.model,
    mapping: v.mapping,
    sheet: v.sheet,
    headerRow: v['header-row'],
    dateOrder: v['date-order'],
    defaultCountry: v['default-country'],
    out: v.out,
  })
  if (!result.success) {
    const first = result.error.issues[0]!
    const flag = first.path[0] === undefined ? '' : `--${String(first.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
    throw new CliError(`${flag}${first.message}`)
  }
  if (result.data.command === 'export' && !result.data.out) throw new CliError('export needs --out <dir>.')
  return result.data
}
