// Parses `preflight push <file> --object <name> --workspace <base-url> [options]` into a validated request.
// There is deliberately no flag for the API key: it comes from the keychain or PREFLIGHT_API_KEY only. A project
// brings its own object, mapping and settings, so their flags are refused for one (--time-zone unless it has none).
import { z } from 'zod'
import { PROJECT_EXTENSION, type ProjectFile } from '../../shared/project/project-file'
import { MAX_BATCH_SIZE } from '../../shared/workspace/workspace-profile'
import type { ObjectModel } from '../../shared/model/workspace-model'
import type { FieldPolicy } from '../../shared/push/plan-diff'
import {
  argumentError,
  CliError,
  LANG_FLAG,
  langArg,
  readArgs,
  SOURCE_FLAGS,
  sourceArgsShape,
  sourceValues,
} from './cli-args'

export const PUSH_USAGE = `Usage: preflight push <file> --object <name> --workspace <base-url> [--mapping <mapping.json>] [--model <metadata.json>]
       [--sheet <name>] [--header-row <n>] [--date-order dmy|mdy] [--default-country <ISO2>] [--time-zone <IANA zone>]
       [--batch-size <n>] [--rate <requests-per-minute>] [--journal <path>] [--out <dir>] [--dry-run]
       [--fill-only <field,field>] [--lang en|ru|de|fr|es|pt]
       preflight push <project.preflight> --workspace <base-url> [--model <metadata.json>] [--batch-size <n>]
       [--rate <requests-per-minute>] [--journal <folder>] [--out <dir>] [--dry-run] [--fill-only <field,field>]
       [--lang en|ru|de|fr|es|pt] [--time-zone <IANA zone>] (only for a project saved without one)`

const PushArgsSchema = z.object({
  command: z.literal('push'),
  ...sourceArgsShape,
  workspace: z.string().min(1, '--workspace <base-url> is required'),
  batchSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} records`)
    .optional(),
  rate: z.coerce.number().positive().max(100_000).optional(),
  journal: z.string().min(1).optional(),
  dryRun: z.boolean(),
  /** Fields an update only fills where the workspace's value is empty (the rest are overwritten). */
  fillOnly: z.array(
    z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '--fill-only takes field API names separated by commas, e.g. jobTitle,city'),
  ),
  /** The language of the rejected and failed rows' messages and fix sheets. */
  lang: langArg,
})
export type PushArgs = z.infer<typeof PushArgsSchema>

const ProjectPushArgsSchema = PushArgsSchema.pick({
  workspace: true,
  batchSize: true,
  rate: true,
  journal: true,
  dryRun: true,
  fillOnly: true,
  lang: true,
  model: true,
  out: true,
  timeZone: true,
}).extend({
  command: z.literal('push-project'),
  file: z.string().min(1),
})
export type ProjectPushArgs = z.infer<typeof ProjectPushArgsSchema>

/** Flags a project brings itself: each of its files names its object, mapping, sheet and settings. */
const PROJECT_OWNS = ['object', 'mapping', 'sheet', 'header-row', 'date-order', 'default-country'] as const

const PUSH_FLAGS = {
  ...SOURCE_FLAGS,
  ...LANG_FLAG,
  workspace: { type: 'string' },
  'batch-size': { type: 'string' },
  rate: { type: 'string' },
  journal: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'fill-only': { type: 'string' },
} as const

export function parsePushArgs(argv: readonly string[]): PushArgs | ProjectPushArgs {
  const { command, file, values } = readArgs(argv, PUSH_FLAGS, PUSH_USAGE)
  if (command !== 'push') throw new CliError(`Unknown command "${command}".\n${PUSH_USAGE}`)
  if (file === undefined) throw new CliError(`No file given.\n${PUSH_USAGE}`)
  const push = {
    workspace: values.workspace ?? '',
    batchSize: values['batch-size'],
    rate: values.rate,
    journal: values.journal,
    dryRun: values['dry-run'] ?? false,
    fillOnly: String(values['fill-only'] ?? '')
      .split(',')
      .map((field) => field.trim())
      .filter((field) => field !== ''),
    lang: values.lang,
  }
  const isProject = file.toLowerCase().endsWith(PROJECT_EXTENSION)
  if (isProject) {
    const owned = PROJECT_OWNS.find((flag) => values[flag] !== undefined)
    if (owned !== undefined)
      throw new CliError(`--${owned} does not apply to a project: each of its files carries its own.`)
  }
  const result = isProject
    ? ProjectPushArgsSchema.safeParse({
        command: 'push-project',
        file,
        model: values.model,
        out: values.out,
        timeZone: values['time-zone'],
        ...push,
      })
    : PushArgsSchema.safeParse({ command, ...sourceValues(file, values), ...push })
  if (!result.success) throw argumentError(result.error)
  return result.data
}

/**
 * `--fill-only` as the policy of a push into one object: each named field only fills what the workspace has
 * empty. A field the object does not have is an error (a typo must not silently overwrite), unless `lenient`
 * (a project's files: the field need only exist in one of them, checked with `fillOnlyUnknown`).
 */
export function fillOnlyPolicy(
  fields: readonly string[],
  object: ObjectModel,
  lenient = false,
): Record<string, FieldPolicy> | undefined {
  if (fields.length === 0) return undefined
  const known = fields.filter((field) => object.fields.some((f) => f.name === field))
  const unknown = fields.filter((field) => !known.includes(field))
  if (!lenient && unknown.length > 0)
    throw new CliError(
      `--fill-only names ${unknown.join(', ')}, which ${object.labelPlural} do not have (use field API names, e.g. jobTitle).`,
    )
  return known.length === 0 ? undefined : Object.fromEntries(known.map((field) => [field, 'fill' as const]))
}

/** The `--fill-only` fields none of a project's objects has: an error, since a typo must not overwrite. */
export function fillOnlyUnknown(fields: readonly string[], objects: readonly ObjectModel[]): void {
  const unknown = fields.filter((field) => !objects.some((object) => object.fields.some((f) => f.name === field)))
  if (unknown.length > 0)
    throw new CliError(
      `--fill-only names ${unknown.join(', ')}, which none of the project's objects (${objects.map((o) => o.namePlural).join(', ')}) has.`,
    )
}

/**
 * The project as pushed with `--time-zone`: a project carries its own settings, so the flag is refused (like
 * --date-order) when the project or any of its files names a zone; a project saved before the setting existed
 * gets the flag's zone for every file instead of this computer's.
 */
export function withTimeZoneFlag(project: ProjectFile, timeZone: string | undefined, path: string): ProjectFile {
  if (timeZone === undefined) return project
  const carried = [project.settings, ...project.files.map((file) => file.settings)].find(
    (settings) => settings.timeZone !== undefined,
  )
  if (carried !== undefined) {
    throw new CliError(
      `--time-zone does not apply to ${path}: the project carries its own time zone (${carried.timeZone}). Change it on the app's Mapping screen, or leave the flag out.`,
    )
  }
  return { ...project, settings: { ...project.settings, timeZone } }
}
