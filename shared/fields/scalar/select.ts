// SELECT cells -> one option value; MULTI_SELECT cells -> option values (JSON array or a separated list).
// Labels and case/accent/space variants of values are mapped (a fix); unknown values are errors with the
// closest option as a suggestion. Options are never created: Twenty's import cannot create them either.
import { EMPTY_RESULT, type CellFix, type CellResult } from '../cell-result'
import type { ColumnContext } from '../column-context'
import type { SelectOption } from '../../model/workspace-model'
import { cleanValue } from './clean-text'
import { readList } from './list-split'
import { listOptions, matchOption } from './option-match'
import { quote, wordedError, wordedFix } from './wording'

/** How LIST_SPLIT.options* names each separator a list is split at. */
const SPLIT_KEYS = {
  '\n': 'LIST_SPLIT.optionsLineBreaks',
  ';': 'LIST_SPLIT.optionsSemicolons',
  '|': 'LIST_SPLIT.optionsVerticalBars',
  ',': 'LIST_SPLIT.optionsCommas',
} as const

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
        : {
            value: match.option.value,
            issues: [],
            fixes: [wordedFix('SELECT_LABEL_MAPPED.one', { value: quote(text), option: label(match.option) })],
          }
    case 'ambiguous':
      return wordedError('SELECT_AMBIGUOUS_OPTION', {
        value: quote(text),
        options: match.options.map(label).join(', '),
      })
    case 'unknown': {
      const { kind, options, more } = listOptions(context.options)
      const params = { value: quote(text), options, more }
      return match.closest === null
        ? wordedError(`SELECT_UNKNOWN_OPTION.${kind}`, params)
        : wordedError(
            `SELECT_UNKNOWN_OPTION.${kind}Hint`,
            { ...params, closest: label(match.closest) },
            match.closest.value,
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
    return wordedError('MULTI_SELECT_UNKNOWN_OPTION.nested', { value: quote(text) })
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
    const { kind, options, more } = listOptions(context.options)
    return wordedError(
      `MULTI_SELECT_UNKNOWN_OPTION.${kind}`,
      { n: unknown.length, values: unknown.map(quote).join(', '), options, more },
      suggestion,
    )
  }
  const fixes: CellFix[] = []
  if (list !== null && list.source !== null && list.source !== 'json' && values.length > 1) {
    const { separator } = list.source
    const params = { value: quote(text), n: values.length }
    fixes.push(
      separator in SPLIT_KEYS
        ? wordedFix(SPLIT_KEYS[separator], params)
        : wordedFix('LIST_SPLIT.optionsAt', { ...params, separator: `“${separator}”` }),
    )
  }
  if (list !== null && list.unquoted) fixes.push(wordedFix('LIST_ITEM_UNQUOTED.options'))
  if (mapped.length > 0) fixes.push(wordedFix('SELECT_LABEL_MAPPED.list', { pairs: mapped.join(', ') }))
  if (duplicates) fixes.push(wordedFix('LIST_DUPLICATE_REMOVED.options'))
  return { value: values, issues: [], fixes }
}
