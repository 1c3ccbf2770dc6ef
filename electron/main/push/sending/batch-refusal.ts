// The error that stops a push when the workspace refuses every record of a batch for one reason (contract 4.5: a
// field or object the workspace no longer has, a stale data model), instead of bisecting the batch to single rows.
// Invariant: the message quotes the server once, says that nothing was marked failed, and what to do next.
import { WorkspaceError } from '../../workspace/workspace-errors'

// Twenty's words for a field it does not have (REST "Object person doesn't have any "x" field", "Object field ... not
// found", GraphQL "Field ... is not defined by type ...", the database's "column ... does not exist").
const MISSING_FIELD = [
  /doesn't have any "([\w.]+)" field/i,
  /field "?([\w.]+)"? (?:is )?not found/i,
  /field "([\w.]+)" is not defined/i,
  /column "?([\w.]+)"? (?:of relation "?\w+"? )?does not exist/i,
  /unknown field "?([\w.]+)"?/i,
]

/** `message` was the server's answer to the whole batch, its halves and single records from different places. */
export function refusesAll(host: string, message: string, records: number): WorkspaceError {
  const field = MISSING_FIELD.map((pattern) => pattern.exec(message)?.[1]).find((name) => name !== undefined)
  const todo =
    field !== undefined
      ? `The field ${field} no longer exists in the workspace: test the connection to refresh its data model, map the column again, then run the push again.`
      : /not found|does not exist|unknown|no longer/i.test(message)
        ? 'The data model Preflight knows may be out of date: test the connection to refresh it, check the mapping, then run the push again.'
        : 'Fix what it names (the mapping, or the workspace), then run the push again.'
  return new WorkspaceError(
    'WORKSPACE_REFUSES_ALL',
    `${host} refuses every record of a batch of ${records} for the same reason: "${message}". ` +
      `The push stopped; no row was marked failed and it continues where it stopped. ${todo}`,
  )
}
