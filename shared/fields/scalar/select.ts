// SELECT cells -> one option value; MULTI_SELECT cells -> option values (JSON array or a separated list).
// Labels and case/accent/space variants of values are mapped (a fix); unknown values are errors with the
// closest option as a suggestion. Options are never created: Twenty's import cannot create them either.
import { EMPTY_RESULT, errorResult, type CellFix, type CellResult } from '../cell-result'
import type { ColumnContext } from '../column-context'
import type { SelectOption } from '../../model/workspace-model'
import { cleanValue } from './clean-text'
import { FIX, ISSUE } from './codes'
import { readList, listSeparatorName } from './list-split'
import { describeOptions, matchOption } from './option-match'
import { fix, quote } from './wording'

const MISSING_HINT = 'Add missing options in Twenty first (Settings → Data Model): an import never creates them.'

function label(option: SelectOption): string {
  return option.label === option.value ? option.value : `${option.label} (${option.value})`
}

/** Normalises a SELECT cell to an option value. */
export function normalizeSelect(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  const match = matchOption(text, context.options)
  switch (match.kind) {
    case 'found':
      return match.exact
        ? { value: match.option.value, issues: [], fixes: [] }
        : { value: match.option.value, issues: [], fixes: [fix(FIX.SELECT_LABEL_MAPPED, `Matched ${quote(text)} to the option ${label(match.option)}.`)] }
    case 'ambiguous':
      return errorResult(ISSUE.SELECT_AMBIGUOUS_OPTION, `${quote(text)} could be any of ${match.options.map(label).join(', ')}. Write the option’s value exactly.`)
    case 'unknown': {
      const hint = match.closest === null ? '' : ` Did you mean ${label(match.closest)}?`
      return errorResult(
        ISSUE.SELECT_UNKNOWN_OPTION,
        `${quote(text)} is not an option of this field.${hint} ${describeOptions(context.options)} ${MISSING_HINT}`,
        match.closest?.value,
      )
    }
  }
}

/** Normalises a MULTI_SELECT cell to a list of option values (duplicates removed). */
export function normalizeMultiSelect(raw: string, context: ColumnContext): CellResult {
  const text = cleanValue(raw)
  if (text === '') return EMPTY_RESULT
  // A whole cell naming one option wins over splitting (`Sales, EMEA` may be one label).
  const whole = matchOption(text, context.options)
  const list = whole.kind === 'found' ? null : readList(text)
  if (list !== null && list.kind === 'nested') {
    return errorResult(ISSUE.MULTI_SELECT_UNKNOWN_OPTION, `${quote(text)} holds objects or lists; a multi-select takes option values, such as ["A","B"].`)
  }
  const items = list === null ? [text] : list.items
  const values: string[] = []
  const mapped: string[] = []
  const unknown: string[] = []
  const suggested: string[] = []
  let duplicates = false
  for (const item of items) {
    const match = item === text && whole.kind === 'found' ? whole : matchOption(item, context.options)
    if (match.kind !== 'found') {
      unknown.push(item)
      const closest = match.kind === 'unknown' ? match.closest : null
      if (closest !== null) suggested.push(closest.value)
      continue
    }
    if (!match.exact) mapped.push(`${quote(item)} → ${match.option.value}`)
    if (values.includes(match.option.value)) duplicates = true
    else {
      values.push(match.option.value)
      suggested.push(match.option.value)
    }
  }
  if (unknown.length > 0) {
    const all = unknown.length === suggested.length - values.length
    const suggestion = all ? JSON.stringify([...new Set(suggested)]) : undefined
    const names = unknown.map(quote).join(', ')
    return errorResult(
      ISSUE.MULTI_SELECT_UNKNOWN_OPTION,
      `${names} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of this field. ${describeOptions(context.options)} ${MISSING_HINT}`,
      suggestion,
    )
  }
  const fixes: CellFix[] = []
  if (list !== null && list.source !== null && list.source !== 'json' && values.length > 1) {
    fixes.push(fix(FIX.LIST_SPLIT, `Split ${quote(text)} into ${values.length} options at the ${listSeparatorName(list.source.separator)}.`))
  }
  if (list !== null && list.unquoted) fixes.push(fix(FIX.LIST_ITEM_UNQUOTED, 'Removed quotes around options.'))
  if (mapped.length > 0) fixes.push(fix(FIX.SELECT_LABEL_MAPPED, `Matched ${mapped.join(', ')}.`))
  if (duplicates) fixes.push(fix(FIX.LIST_DUPLICATE_REMOVED, 'Removed options listed twice.'))
  return { value: values, issues: [], fixes }
}
