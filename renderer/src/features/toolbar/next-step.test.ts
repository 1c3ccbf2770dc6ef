import { describe, expect, it } from 'vitest'
import { nextStep } from './next-step'

describe('nextStep', () => {
  it('puts the mapping first while nothing is mapped or a required field is missing', () => {
    expect(nextStep({ mappedColumns: 0, problems: [], hasWorkspace: true })).toBe('mapping')
    expect(nextStep({ mappedColumns: 3, problems: [{ code: 'REQUIRED_FIELD_UNMAPPED' }], hasWorkspace: true })).toBe(
      'mapping',
    )
  })

  it('then the push when a workspace is set up, else the export', () => {
    // A field taken twice is shown on the mapping screen but does not stop an export or a push.
    expect(nextStep({ mappedColumns: 3, problems: [{ code: 'FIELD_TAKEN_TWICE' }], hasWorkspace: true })).toBe('push')
    expect(nextStep({ mappedColumns: 3, problems: [], hasWorkspace: false })).toBe('export')
  })
})
