// The one step the toolbar puts forward as primary: settle the mapping while it leaves nothing to import or
// misses a required field; then push when a workspace is set up, else export the import files.
import type { MappingProblem } from '../mapping/mapping-model'

export type NextStep = 'mapping' | 'push' | 'export'

export function nextStep(state: {
  readonly mappedColumns: number
  readonly problems: readonly Pick<MappingProblem, 'code'>[]
  readonly hasWorkspace: boolean
}): NextStep {
  if (state.mappedColumns === 0 || state.problems.some((p) => p.code === 'REQUIRED_FIELD_UNMAPPED')) return 'mapping'
  return state.hasWorkspace ? 'push' : 'export'
}
