// migratePlanRatio: a generated HubSpot-style export (companies, contacts, deals, notes and tasks: 200,000 rows
// in all, `;`-joined associations included) planned as `preflight migrate` plans it, up to the point of a dry run
// (every file read, the preset and links found, the project written, each file prepared and checked as the
// project says and its links resolved), over the check of the same five files (each read, auto-mapped and
// checked as `preflight check` does). The workspace is not asked: lookups are the pacer's business.
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { once } from 'node:events'
import { DEFAULT_MODEL } from '../../shared/model/default-model'
import { ProjectLinks } from '../main/migrate/migrate-links'
import { MIGRATION_PROJECT, planProject } from '../cli/migrate-command'
import { builtWorkers, prepareCheck } from '../main/project/prepare-check'
import { prepareProjectSource } from '../main/project/prepare-project-source'
import { filesInImportOrder } from '../main/push/push-project'
import { writeProject } from '../main/project/project-store'
import type { BenchContext, BenchSection, SectionResult } from './bench-section'
import { collectGarbage, formatMs, nowMs } from './measure'
import { SeededRandom } from './seeded-random'

const TOTAL_ROWS = 200_000
const SHARES = { companies: 0.1, contacts: 0.5, deals: 0.2, notes: 0.1, tasks: 0.1 } as const
const FILES = {
  companies: { name: 'hubspot-crm-exports-all-companies.csv', object: 'companies' },
  contacts: { name: 'hubspot-crm-exports-all-contacts.csv', object: 'people' },
  deals: { name: 'hubspot-crm-exports-all-deals.csv', object: 'opportunities' },
  notes: { name: 'hubspot-crm-exports-all-notes.csv', object: 'notes' },
  tasks: { name: 'hubspot-crm-exports-all-tasks.csv', object: 'tasks' },
} as const
const STAGES = [
  'Appointment Scheduled',
  'Qualified To Buy',
  'Presentation Scheduled',
  'Decision Maker Bought-In',
  'Contract Sent',
  'Closed Won',
]

async function writeLines(path: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path)
  out.write(`${header}\r\n`)
  for (let i = 0; i < rows; i++) if (!out.write(`${line(i)}\r\n`)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}

/** The five files of the export, in `dir`; returns their paths. */
export async function writeHubspotExport(dir: string, scale: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const n = (share: number) => Math.max(20, Math.round(TOTAL_ROWS * scale * share))
  const random = new SeededRandom(12)
  const companies = n(SHARES.companies)
  const contacts = n(SHARES.contacts)
  const companyId = (i: number) => String(5_100_000_000 + i)
  const contactId = (i: number) => String(8_100_000_000 + i)
  const associated = (count: number, id: (i: number) => string) => {
    const k = 1 + random.below(3)
    return Array.from({ length: k }, () => id(random.below(count))).join(';')
  }
  await writeLines(
    join(dir, FILES.companies.name),
    'Record ID,Company name,Company Domain Name,Number of Employees,City,Country/Region,Company owner',
    companies,
    (i) => `${companyId(i)},Company ${i},company${i}.example,${10 + (i % 500)},Boston,United States,Jane Owner`,
  )
  await writeLines(
    join(dir, FILES.contacts.name),
    'Record ID,First Name,Last Name,Email,Job Title,Associated Company IDs',
    contacts,
    (i) =>
      `${contactId(i)},First${i},Last${i},person${i}@company${i % companies}.example,Engineer,${random.below(20) === 0 ? '' : companyId(random.below(companies))}`,
  )
  await writeLines(
    join(dir, FILES.deals.name),
    'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Currency,Close Date,Associated Company IDs,Associated Contact IDs',
    n(SHARES.deals),
    (i) =>
      `${9_200_000_000 + i},Deal ${i},${STAGES[i % STAGES.length]},Sales Pipeline,${1000 + (i % 9000)},USD,2025-12-${String(1 + (i % 28)).padStart(2, '0')},${companyId(random.below(companies))},"${associated(contacts, contactId)}"`,
  )
  await writeLines(
    join(dir, FILES.notes.name),
    'Record ID,Note body,Create Date,Associated Contact IDs,Associated Company IDs',
    n(SHARES.notes),
    (i) =>
      `${7_300_000_000 + i},"Called about the renewal, note ${i}",2025-10-01 10:00,"${associated(contacts, contactId)}",${companyId(random.below(companies))}`,
  )
  await writeLines(
    join(dir, FILES.tasks.name),
    'Record ID,Task Title,Due Date,Task Status,Associated Contact IDs',
    n(SHARES.tasks),
    (i) => `${7_400_000_000 + i},Follow up ${i},2025-11-01,Not started,"${associated(contacts, contactId)}"`,
  )
  return Object.values(FILES).map((f) => join(dir, f.name))
}

async function runMigratePlan(context: BenchContext): Promise<SectionResult> {
  const dir = join(context.workDir, 'hubspot-export')
  const paths = await writeHubspotExport(dir, context.scale)
  const workers = builtWorkers(dirname(context.workerPath))
  const model = DEFAULT_MODEL

  await collectGarbage()
  let started = nowMs()
  for (const file of Object.values(FILES))
    await prepareCheck({ file: join(dir, file.name), object: file.object }, workers, { model })
  const checkMs = nowMs() - started

  await collectGarbage()
  const projectPath = join(dir, MIGRATION_PROJECT)
  await rm(projectPath, { force: true })
  started = nowMs()
  const project = await planProject(paths, projectPath, { preset: 'auto', timeZone: 'UTC' }, model, workers, null)
  await writeProject(projectPath, project)
  const links = new ProjectLinks(projectPath, workers, true)
  for (const file of filesInImportOrder(project, model)) {
    const { prepared } = await prepareProjectSource(projectPath, project, file, model, workers)
    const rows = await links.forFile(file, prepared)
    for (let row = 0; row < prepared.loaded.table.rowCount; row++) rows?.relationIds(row)
  }
  const planMs = nowMs() - started
  const rows = project.files.reduce((total, f) => total + (links.rowsOf(f.id) ?? 0), 0)
  context.log(
    `migrate plan: ${project.files.length} files, ${rows.toLocaleString('en-US')} rows, ${links.resolved.toLocaleString('en-US')} links resolved, ${links.unresolved.length} unresolved: ${formatMs(planMs)}; check of the same files ${formatMs(checkMs)}`,
  )
  return {
    metrics: [{ key: 'migratePlanRatio', value: planMs / checkMs, max: 1.5 }],
    details: { migratePlanMs: planMs, migrateCheckMs: checkMs, migrateRows: rows },
  }
}

export const migrateBench: BenchSection = { key: 'migrate', name: 'Migration plan', run: runMigratePlan }
