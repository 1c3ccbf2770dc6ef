// What the column tools show before anything is typed, and that each panel gets its own copy to type into.
import { describe, expect, it } from 'vitest'
import { freshToolInputs } from './tool-inputs'

describe('column tool inputs', () => {
  it('start empty, except the separators (a space) and the split’s part names', () => {
    expect(freshToolInputs()).toEqual({
      findReplace: { find: '', replace: '', regex: false, caseSensitive: false, everywhere: false },
      setConstant: { value: '' },
      keepRows: { kind: 'not-empty', value: '' },
      mergeColumns: { other: '', separator: ' ', name: '' },
      splitColumn: { separator: ' ', parts: 'First, Last' },
    })
  })

  it('are a fresh copy each time', () => {
    const first = freshToolInputs()
    first.findReplace.find = 'Director'
    first.splitColumn.parts = 'A, B'
    expect(freshToolInputs().findReplace.find).toBe('')
    expect(freshToolInputs().splitColumn.parts).toBe('First, Last')
  })
})
