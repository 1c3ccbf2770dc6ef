// Sorts Excel number formats into the few kinds that change how a number cell becomes text. Everything else
// (currency, percent, thousands separators, decimals) is display only: the text is the number itself.

export type NumberFormatKind =
  | { readonly kind: 'plain' }
  | { readonly kind: 'date' }
  /** `[h]:mm:ss` and the like: elapsed time, where 1.5 means 36 hours rather than a day in 1900. */
  | { readonly kind: 'duration' }
  /** `00000`, `000-00-0000`: zip codes, ids and phone numbers whose leading zeros are part of the value. */
  | { readonly kind: 'zero-padded'; readonly width: number }

const PLAIN: NumberFormatKind = { kind: 'plain' }
const ELAPSED = /\[(?:h+|m+|s+)\]/i

/**
 * The kind of `format`. `isDate` is SheetJS's SSF.is_date. A zero-padded format has `width` > 0 when it is
 * only zeros (padding is then all it does), 0 when it mixes in literals such as dashes.
 */
export function classifyNumberFormat(format: string, isDate: (format: string) => boolean): NumberFormatKind {
  const bare = format.replace(/"[^"]*"|\\./g, '')
  if (isDate(format)) return ELAPSED.test(bare) ? { kind: 'duration' } : { kind: 'date' }
  const positive = bare.split(';')[0]!
  if (!/^[0\-\s()/]+$/.test(positive)) return PLAIN
  const zeros = positive.split('0').length - 1
  if (zeros < 2) return PLAIN
  return { kind: 'zero-padded', width: /^0+$/.test(format) ? zeros : 0 }
}
