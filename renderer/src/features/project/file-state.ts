// A project file's state as the project bar shows it: pushed (a push of it finished in this session, nothing
// failed), else its rows with errors (from its last check, or a project dry run's rejected rows), else ready;
// unknown until the file was checked or planned.
export interface FileFacts {
  /** Rows with errors as last found (its check, or a dry run). */
  readonly errorRows?: number
  readonly pushed?: boolean
}

export type FileState =
  { readonly kind: 'pushed' } | { readonly kind: 'errors'; readonly rows: number } | { readonly kind: 'ready' }

export function fileState(facts: FileFacts | undefined): FileState | null {
  if (!facts) return null
  if (facts.pushed) return { kind: 'pushed' }
  if (facts.errorRows === undefined) return null
  return facts.errorRows > 0 ? { kind: 'errors', rows: facts.errorRows } : { kind: 'ready' }
}
