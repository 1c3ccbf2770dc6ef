// A migration's note and task targets (contract 10.13): once every file of the project landed, one noteTarget /
// taskTarget per association value (ProjectLinks.targetRows), pushed through the same journaled engine as the
// files, paced, with a journal per note or task file (`<file id>.<noteTargets|taskTargets>.push-journal`). A
// target's row key is its note's record id and the named row's source key, so a rerun finds every target in the
// journal and creates none twice. A dry run plans them (and counts those of notes not created yet as creates).
// A target the workspace refuses is counted failed and listed (`failedTargets`: the file, row, column and value
// it came from, and the server's message, also written to `<file id>.<plural>-failed.csv`); running migrate
// again retries it.
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { rowIdentities } from '../../../shared/push/row-keys'
import { planPush } from './planning/push-planning'
import { runPush, type PushStop } from './push-runner'
import type { ProjectLinks } from '../migrate/migrate-links'
import type { PushedFile, PushSession } from './push-prepared'
import type { ProjectPushOptions } from './push-project'
import type { WorkspaceModel } from '../../../shared/model/workspace-model'

/**
 * The project push's own options, which its note and task files' targets are pushed with (`outDir`: where
 * `<file id>.<noteTargets|taskTargets>-failed.csv` goes when the workspace refuses some targets).
 */
export type TargetPushOptions = Pick<
  ProjectPushOptions,
  'dryRun' | 'batchSize' | 'rate' | 'journalDir' | 'outDir' | 'stop' | 'hard'
>

/** One note or task file's targets, as a line of the project's report (the file's path, the join object). */
export interface TargetReport {
  readonly id: string
  readonly path: string
  readonly object: string
  readonly result: PushedFile['report']
  readonly counts: PushedFile['counts']
}

export async function pushTargets(
  links: ProjectLinks,
  model: WorkspaceModel,
  session: PushSession,
  options: TargetPushOptions,
): Promise<{ files: TargetReport[]; stopped: PushStop | null }> {
  const files: TargetReport[] = []
  for (const group of links.targetRows(model)) {
    const id = `${group.fileId}.${group.object.namePlural}`
    links.setRows(id, group.rows.length + group.unplanned)
    const journalPath = join(options.journalDir, `${id}.push-journal`)
    const identities = rowIdentities(
      group.object,
      group.rows.map((r) => r.record),
      group.rows.map((r) => r.key),
    )
    const planned = await planPush({
      connection: session.connection,
      object: group.object,
      journalPath,
      source: null,
      rows: group.rows.map((r, i) => ({ row: i, record: r.record, identity: identities[i]! })),
      lookup: { signal: options.hard },
    })
    if (options.dryRun) {
      const count = (action: string) => planned.rows.filter((p) => p.action === action).length
      const result = {
        create: count('create') + group.unplanned,
        update: count('update'),
        restore: count('restore'),
        unchanged: count('unchanged'),
        refused: count('refused'),
        rejected: 0,
        empty: 0,
        journal: null,
      }
      files.push({
        id,
        path: group.path,
        object: group.object.namePlural,
        result,
        counts: { created: 0, updated: 0, failed: 0, rejected: 0, skipped: 0 },
      })
      continue
    }
    const pushed = await runPush({
      connection: session.connection,
      plural: group.object.namePlural,
      records: planned.records,
      journalPath,
      source: null,
      batchSize: options.batchSize ?? session.profile.batchSize,
      ratePerMinute: options.rate ?? session.profile.rateLimitPerMinute,
      stop: options.stop,
      signal: options.hard,
    })
    const changes = { created: 0, updated: 0, restored: 0, unchanged: 0, failed: 0 }
    const refused: { file: string; row: number; column: string; value: string; message: string }[] = []
    for (const outcome of pushed.outcomes) {
      if (outcome.status === 'failed') {
        changes.failed++
        refused.push({
          ...group.rows[outcome.row as number]!.cell,
          message: outcome.message ?? 'The workspace refused the record.',
        })
      } else changes[outcome.change]++
    }
    const counts = {
      created: changes.created,
      updated: changes.updated + changes.restored,
      failed: changes.failed,
      rejected: 0,
      skipped: changes.unchanged,
    }
    const failedPath = join(options.outDir, `${id}-failed.csv`)
    if (refused.length > 0) await writeRefused(failedPath, refused)
    else await rm(failedPath, { force: true })
    const failedTargets = refused.length > 0 ? { failedTargets: refused, failedFile: failedPath } : {}
    files.push({
      id,
      path: group.path,
      object: group.object.namePlural,
      result: { ...counts, restored: changes.restored, ...failedTargets, journal: journalPath },
      counts,
    })
    if (pushed.stopped !== null) return { files, stopped: pushed.stopped }
  }
  return { files, stopped: null }
}

/** The refused targets, for the person fixing the export or the workspace. */
async function writeRefused(
  path: string,
  refused: readonly { file: string; row: number; column: string; value: string; message: string }[],
): Promise<void> {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  const lines = refused.map((r) =>
    [r.file, r.row, r.column, r.value, `The workspace refused this link: ${r.message}`].map(cell).join(','),
  )
  await writeFile(path, `File,Row,Column,Value,Why\n${lines.join('\n')}\n`)
}
