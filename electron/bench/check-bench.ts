// The full check of the 1M-row people file, on two cores as the CLI runs it (mapping and every cell of all 15 columns against a people object
// with custom fields for the columns a stock workspace lacks) against Papa.parse of the same file, in one run.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import Papa from 'papaparse'
import { checkTableInWorkers, startCheckWorkers } from '../main/check/check-in-workers'
import { resolveMapping } from '../../shared/check/resolve-mapping'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { listTargets } from '../../shared/model/list-targets'
import type { FieldModel, ObjectModel, WorkspaceModel } from '../../shared/model/workspace-model'
import type { ColumnarTable } from '../../shared/table/columnar-table'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { writePeopleCsv } from './generate-people-csv'
import { ingestWithFileJobs } from './ingest-with-file-jobs'
import { collectGarbage, formatMs, median, nowMs } from './measure'
import { builtWorkers } from '../main/project/prepare-check'

const FULL_ROWS = 1_000_000
const RUNS = 2

function customField(
  name: string,
  label: string,
  type: FieldModel['type'],
  extra: Partial<FieldModel> = {},
): FieldModel {
  return {
    name,
    label,
    type,
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: true,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...extra,
  }
}

/** The stock model with the custom people fields a client's CRM export needs. */
export function benchModel(): WorkspaceModel {
  const person = DEFAULT_MODEL.objects.find((o) => o.nameSingular === 'person')!
  const options = ['Active', 'Lead', 'Customer', 'Churned', 'Prospect'].map((label) => ({
    value: label.toUpperCase(),
    label,
  }))
  const extended: ObjectModel = {
    ...person,
    fields: [
      ...person.fields,
      customField('externalId', 'External ID', 'TEXT', { isUnique: true }),
      customField('country', 'Country', 'TEXT'),
      customField('signupDate', 'Signup date', 'DATE'),
      customField('lifetimeValue', 'Lifetime value', 'CURRENCY'),
      customField('status', 'Status', 'SELECT', { options }),
      customField('newsletter', 'Newsletter', 'BOOLEAN'),
      customField('tags', 'Tags', 'ARRAY'),
      customField('notes', 'Notes', 'TEXT'),
    ],
  }
  return { objects: DEFAULT_MODEL.objects.map((o) => (o === person ? extended : o)) }
}

export const MAPPING = {
  object: 'people',
  columns: {
    ID: 'externalId',
    'First Name': 'name.firstName',
    'Last Name': 'name.lastName',
    'E-mail': 'emails.primaryEmail',
    Phone: 'phones.primaryPhoneNumber',
    Company: null,
    'Job Title': 'jobTitle',
    City: 'city',
    Country: 'country',
    'Signup Date': 'signupDate',
    'Amount (USD)': 'lifetimeValue.amountMicros',
    Status: 'status',
    Newsletter: 'newsletter',
    Tags: 'tags',
    Notes: 'notes',
  },
}

/** The bench file's mapping and check options, as the CLI would resolve them with MAPPING. */
export function benchMapping(table: ColumnarTable, model: WorkspaceModel) {
  const person = model.objects.find((o) => o.nameSingular === 'person')!
  const headers = table.columns.map((c) => c.name)
  const resolved = resolveMapping({
    headers,
    samples: headers.map((_, c) => table.rowsBetween(0, 200).map((row) => row[c]!)),
    targets: listTargets(person, model),
    objectName: 'people',
    file: MAPPING,
  })
  const country = resolved.mapped.find((m) => m.target.path === 'country')
  const options = { settings: { defaultCountry: 'US' }, ...(country ? { countryColumn: country.column } : {}) }
  return { resolved, options }
}

/** The 1M-row people file of the bench, written once per run and opened through the app's own path. */
export async function benchPeopleTable(context: BenchContext): Promise<ColumnarTable> {
  const path = join(context.workDir, 'people.csv')
  const rows = Math.max(100, Math.round(FULL_ROWS * context.scale))
  if (!existsSync(path)) await writePeopleCsv(path, rows)
  // As the CLI and the app do (main/project/prepare-check.ts): the check's threads start while the file is read.
  startCheckWorkers(builtWorkers(dirname(context.workerPath)).check)
  return (await ingestWithFileJobs(path, context.workerPath, context.workDir)).table
}

async function checkOnce(table: ColumnarTable, model: WorkspaceModel, checkWorker: string) {
  const started = nowMs()
  const { resolved, options } = benchMapping(table, model)
  const check = await checkTableInWorkers(table, resolved.mapped, options, checkWorker)
  const ms = nowMs() - started
  let rowsWithErrors = 0
  for (const flag of check.rowHasError) rowsWithErrors += flag
  return {
    ms,
    mapped: resolved.mapped.length,
    issues: check.cellIssues.length,
    rowsWithErrors,
    fixed: check.fixedCells,
  }
}

async function runCheck(context: BenchContext): Promise<SectionResult> {
  const path = join(context.workDir, 'people.csv')
  const table = await benchPeopleTable(context)
  const model = benchModel()
  const checkMs: number[] = []
  const papaMs: number[] = []
  for (let run = 1; run <= RUNS; run++) {
    let text: string | undefined = new TextDecoder('utf-8').decode(await readFile(path))
    // As the other sections do: each timed run starts on a collected heap, so neither pays for the other's
    // garbage (papaparse leaves a million row arrays for the collector, which would run during the check).
    await collectGarbage()
    const started = nowMs()
    Papa.parse<string[]>(text)
    papaMs.push(nowMs() - started)
    // eslint-disable-next-line no-useless-assignment -- drops the file's text so the collector can free it before the next timing
    text = undefined
    await collectGarbage()
    const ours = await checkOnce(table, model, builtWorkers(dirname(context.workerPath)).check)
    checkMs.push(ours.ms)
    context.log(
      `check run ${run}/${RUNS}: papaparse ${formatMs(papaMs.at(-1)!)}, full check ${formatMs(ours.ms)} ` +
        `(${ours.mapped} columns, ${table.rowCount.toLocaleString('en-US')} rows, ${ours.issues.toLocaleString('en-US')} cell issues, ` +
        `${ours.rowsWithErrors.toLocaleString('en-US')} rows with errors, ${ours.fixed.toLocaleString('en-US')} cells fixed)`,
    )
  }
  return {
    metrics: [{ key: 'checkRatio', value: median(checkMs) / median(papaMs), max: 1.0 }],
    details: { checkMs, checkPapaMs: papaMs },
  }
}

export const checkBench: BenchSection = { key: 'check', name: 'Full check', run: runCheck }
