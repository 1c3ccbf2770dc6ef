import { describe, expect, it } from 'vitest'
import { fileState } from './file-state'

describe('fileState', () => {
  it('says pushed, else rows with errors, else ready; nothing before a check', () => {
    expect(fileState(undefined)).toBeNull()
    expect(fileState({})).toBeNull()
    expect(fileState({ errorRows: 3 })).toEqual({ kind: 'errors', rows: 3 })
    expect(fileState({ errorRows: 0 })).toEqual({ kind: 'ready' })
    expect(fileState({ errorRows: 3, pushed: true })).toEqual({ kind: 'pushed' })
  })
})
