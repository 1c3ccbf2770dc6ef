// What the user has typed into the column tools. The panel (ColumnTools) holds it and each tool reads its own
// part by injection, so the text outlives the tools themselves: they unmount while a file (re)loads, and
// find, replace, the constant, the match and the merge and split fields are still there afterwards.
import { inject, provide, reactive, type InjectionKey } from 'vue'
import type { MatchKind, ReplaceInput } from './column-operations'

export interface ToolInputs {
  findReplace: { -readonly [K in keyof ReplaceInput]: ReplaceInput[K] }
  setConstant: { value: string }
  keepRows: { kind: MatchKind; value: string }
  mergeColumns: { other: string; separator: string; name: string }
  splitColumn: { separator: string; parts: string }
}

/** What each tool shows before the user types anything. */
export function freshToolInputs(): ToolInputs {
  return {
    findReplace: { find: '', replace: '', regex: false, caseSensitive: false, everywhere: false },
    setConstant: { value: '' },
    keepRows: { kind: 'not-empty', value: '' },
    mergeColumns: { other: '', separator: ' ', name: '' },
    splitColumn: { separator: ' ', parts: 'First, Last' },
  }
}

const KEY: InjectionKey<ToolInputs> = Symbol('column-tool-inputs')

/** Called once by the panel: the inputs its tools share for as long as the panel lives. */
export function provideToolInputs(): ToolInputs {
  const inputs = reactive(freshToolInputs())
  provide(KEY, inputs)
  return inputs
}

/** A tool's view of the panel's inputs. */
export function useToolInputs(): ToolInputs {
  const inputs = inject(KEY)
  if (!inputs) throw new Error('a column tool is used outside ColumnTools')
  return inputs
}
