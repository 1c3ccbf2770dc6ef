// Everything `check`, `export` and a push share, in the CLI and the app: the model, the object, the table (through
// the app's parse worker), the mapping (file first, then auto-mapping) and the checked cells. Its failures are
// UserErrors PIPELINE_FAILED (a file that cannot be read included), worded for the user.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { CheckResult } from '../../../shared/check/check-table'
import { MappingFileSchema, type MappingFile } from '../../../shared/check/mapping-file'
import type { FileWarning, OpenOptions } from '../../../shared/files/open-file'
import { resolveMapping, type ResolvedMapping } from '../../../shared/check/resolve-mapping'
import type { FieldTarget } from '../../../shared/fields/targets'
import { DEFAULT_MODEL } from '../../../shared/model/default-model'
import { listTargets } from '../../../shared/model/list-targets'
import { parseWorkspaceMetadata } from '../../../shared/model/parse-metadata'
import { findObject, type ObjectModel, type WorkspaceModel } from '../../../shared/model/workspace-model'
import { PIPELINE_FAILED, UserError } from '../ipc/user-error'
import { checkTableInWorkers, startCheckWorkers } from '../check/check-in-workers'
import { loadTable, type LoadedTable, type LoadTableOptions } from '../files/load-table'
import { countryColumnOf } from '../../../shared/check/country-column'

const SAMPLE_SIZE = 200

export interface PreparedCheck {
  readonly object: ObjectModel
  readonly loaded: LoadedTable
  readonly targets: readonly FieldTarget[]
  readonly resolved: ResolvedMapping
  readonly check: CheckResult
  /** Problems with the file itself (a quote never closed, rows wider than the header): reports list them. */
  readonly fileWarnings: readonly FileWarning[]
}

/** The built worker scripts the app and the CLI run: the parse worker and the check worker. */
export interface WorkerPaths {
  readonly parse: string
  readonly check: string
}

/** The worker scripts electron-vite builds beside main's bundle (out/main). */
export function builtWorkers(dir: string): WorkerPaths {
  return { parse: join(dir, 'parse-worker.js'), check: join(dir, 'check-worker.js') }
}

/** What preparing needs: the file, its object and how to read and check it (check, export and push share these). */
export interface PrepareArgs {
  readonly file: string
  readonly object: string
  /** A Twenty metadata response (JSON) to read the data model from. */
  readonly model?: string | undefined
  /** A mapping file (JSON). */
  readonly mapping?: string | undefined
  readonly sheet?: string | undefined
  readonly headerRow?: number | undefined
  readonly dateOrder?: 'dmy' | 'mdy' | undefined
  readonly defaultCountry?: string | undefined
  readonly timeZone?: string | undefined
  /** A project's settings: the column (by header) giving each row's country when none is mapped to one. */
  readonly countryColumn?: string | undefined
}

export interface PrepareOptions {
  /** A data model already at hand (push fetches it from the workspace); else --model, else the stock one. */
  readonly model?: WorkspaceModel
  /** A mapping already at hand (a project's); else --mapping. */
  readonly mapping?: MappingFile
  /** How to open the file beyond --sheet and --header-row (a project's saved encoding and delimiter). */
  readonly open?: OpenOptions
  /** Changes the loaded table before it is mapped and checked (a project replays its recipe here). */
  readonly edit?: (loaded: LoadedTable, object: ObjectModel, targets: readonly FieldTarget[]) => LoadedTable
  /** Reads the file instead of loadTable (a migration run's table cache, which reads each file once). */
  readonly load?: (path: string, load: LoadTableOptions) => Promise<LoadedTable>
}

export async function prepareCheck(
  args: PrepareArgs,
  workers: WorkerPaths,
  given: PrepareOptions = {},
): Promise<PreparedCheck> {
  const model = given.model ?? (args.model ? await readModel(args.model) : DEFAULT_MODEL)
  const object = findObject(model, args.object)
  if (!object) {
    const names = model.objects.map((o) => o.namePlural).join(', ')
    throw new UserError(PIPELINE_FAILED, `Unknown object "${args.object}". The data model has: ${names}.`)
  }
  const mappingFile = given.mapping ?? (args.mapping ? await readMapping(args.mapping) : undefined)
  if (mappingFile && findObject(model, mappingFile.object) !== object) {
    throw new UserError(
      PIPELINE_FAILED,
      `${args.mapping ?? 'The mapping'} maps columns for "${mappingFile.object}", not for "${args.object}".`,
    )
  }
  const targets = listTargets(object, model)
  // The check's threads start (and load the engine) while the file is read.
  startCheckWorkers(workers.check)
  const opened = await (given.load ?? loadTable)(args.file, {
    workerPath: workers.parse,
    options: {
      ...given.open,
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.headerRow ? { headerRow: args.headerRow } : {}),
    },
  }).catch((error: unknown) => {
    throw error instanceof UserError ? new UserError(PIPELINE_FAILED, error.message) : error
  })
  const loaded = given.edit ? given.edit(opened, object, targets) : opened
  const { table } = loaded
  const samples = table.columns.map((_, c) => sampleColumn(loaded, c))
  const resolved = resolveMapping({
    headers: table.columns.map((c) => c.name),
    samples,
    targets,
    objectName: object.namePlural,
    ...(mappingFile ? { file: mappingFile } : {}),
  })
  const country = countryColumnOf(
    resolved.mapped,
    (m) => m.target.subfield === 'addressCountry' || m.target.kind === 'phoneCountry',
    table.columns.map((c) => c.name),
    args.countryColumn,
  )
  const check = await checkTableInWorkers(
    table,
    resolved.mapped,
    {
      settings: {
        ...(args.dateOrder ? { dateOrder: args.dateOrder } : {}),
        ...(args.defaultCountry ? { defaultCountry: args.defaultCountry } : {}),
        ...(args.timeZone ? { timeZone: args.timeZone } : {}),
      },
      ...(country ? { countryColumn: country.column } : {}),
    },
    workers.check,
  )
  return { object, loaded, targets, resolved, check, fileWarnings: opened.summary.fileWarnings }
}

function sampleColumn({ table }: LoadedTable, column: number): string[] {
  const sample: string[] = []
  for (let row = 0; row < table.rowCount && sample.length < SAMPLE_SIZE; row++) {
    const text = table.cell(row, column)
    if (text.trim() !== '') sample.push(text)
  }
  return sample
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UserError(PIPELINE_FAILED, `Cannot read the ${what} ${path}.`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserError(PIPELINE_FAILED, `The ${what} ${path} is not valid JSON: ${(error as Error).message}`)
  }
}

export async function readModel(path: string): Promise<WorkspaceModel> {
  const json = await readJsonFile(path, 'data model')
  try {
    return parseWorkspaceMetadata(json).model
  } catch (error) {
    throw new UserError(
      PIPELINE_FAILED,
      `The data model ${path} is not a Twenty metadata response: ${(error as Error).message}`,
    )
  }
}

async function readMapping(path: string): Promise<MappingFile> {
  const parsed = MappingFileSchema.safeParse(await readJsonFile(path, 'mapping file'))
  if (!parsed.success)
    throw new UserError(
      PIPELINE_FAILED,
      `The mapping file ${path} is not valid: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`,
    )
  return parsed.data
}
