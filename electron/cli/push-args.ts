// Parses `preflight push <file> --object <name> --workspace <base-url> [options]` into a validated request.
// There is deliberately no flag for the API key: it comes from the keychain or PREFLIGHT_API_KEY only.
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { MAX_BATCH_SIZE } from '../../shared/workspace/workspace-profile'
import { CliError } from './cli-args'

export const PUSH_USAGE = `Usage: preflight push <file> --object <name> --workspace <base-url> [--mapping <mapping.json>] [--model <metadata.json>]
       [--sheet <name>] [--header-row <n>] [--date-order dmy|mdy] [--default-country <ISO2>] [--batch-size <n>]
       [--rate <requests-per-minute>] [--journal <path>] [--out <dir>] [--dry-run]`

const PushArgsSchema = z.object({
  command: z.literal('push'),
  file: z.string().min(1),
  object: z.string().min(1, '--object is required'),
  workspace: z.string().min(1, '--workspace <base-url> is required'),
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
  batchSize: z.coerce.number().int().min(1).max(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} records`).optional(),
  rate: z.coerce.number().positive().max(100_000).optional(),
  journal: z.string().min(1).optional(),
  out: z.string().optional(),
  dryRun: z.boolean(),
})
export type PushArgs = z.infer<typeof PushArgsSchema>

export function parsePushArgs(argv: readonly string[]): PushArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        object: { type: 'string' },
        workspace: { type: 'string' },
        model: { type: 'string' },
        mapping: { type: 'string' },
        sheet: { type: 'string' },
        'header-row': { type: 'string' },
        'date-order': { type: 'string' },
        'default-country': { type: 'string' },
        'batch-size': { type: 'string' },
        rate: { type: 'string' },
        journal: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${PUSH_USAGE}`)
  }
  const [command, file, ...extra] = parsed.positionals
  if (command !== 'push') throw new CliError(`Unknown command "${command}".\n${PUSH_USAGE}`)
  if (file === undefined) throw new CliError(`No file given.\n${PUSH_USAGE}`)
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".\n${PUSH_USAGE}`)
  const v = parsed.values
  const result = PushArgsSchema.safeParse({
    command,
    file,
    object: v.object ?? '',
    workspace: v.workspace ?? '',
    model: v.model,
    mapping: v.mapping,
    sheet: v.sheet,
    headerRow: v['header-row'],
    dateOrder: v['date-order'],
    defaultCountry: v['default-country'],
    batchSize: v['batch-size'],
    rate: v.rate,
    journal: v.journal,
    out: v.out,
    dryRun: v['dry-run'] ?? false,
  })
  if (!result.success) {
    const first = result.error.issues[0]!
    const flag = first.path[0] === undefined ? '' : `--${String(first.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
    throw new CliError(`${flag}${first.message}`)
  }
  return result.data
}
