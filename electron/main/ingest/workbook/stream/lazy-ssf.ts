// SheetJS's number formatter (SSF) for the streaming reader, loaded only when a cell needs it. Loading SheetJS
// costs about 0.4 s, most of the time to a workbook's first rows, and a workbook whose cells use only built-in
// formats never needs it: what SSF.is_date says of each built-in format is known (lazy-ssf.test.ts holds this
// table to SSF's own answers). Any other format, and every SSF.format call, loads SheetJS through `load`, which
// in the worker freezes the thread's prototypes first, so SheetJS still never runs on unfrozen prototypes.
import type { SheetJs } from '../load-sheetjs'

/** SSF.is_date of the formats in SSF's built-in table (cell-formats.ts), by format text. */
export const BUILT_IN_IS_DATE: ReadonlyMap<string, boolean> = new Map([
  ['General', false],
  ['0', false],
  ['0.00', false],
  ['#,##0', false],
  ['#,##0.00', false],
  ['0%', false],
  ['0.00%', false],
  ['0.00E+00', false],
  ['# ?/?', false],
  ['# ??/??', false],
  ['m/d/yy', true],
  ['d-mmm-yy', true],
  ['d-mmm', true],
  ['mmm-yy', true],
  ['h:mm AM/PM', true],
  ['h:mm:ss AM/PM', true],
  ['h:mm', true],
  ['h:mm:ss', true],
  ['m/d/yy h:mm', true],
  ['#,##0 ;(#,##0)', false],
  ['#,##0 ;[Red](#,##0)', false],
  ['#,##0.00;(#,##0.00)', false],
  ['#,##0.00;[Red](#,##0.00)', false],
  ['mm:ss', true],
  ['[h]:mm:ss', true],
  ['mmss.0', true],
  ['##0.0E+0', false],
  ['@', false],
  ['"上午/下午 "hh"時"mm"分"ss"秒 "', true],
])

/** An SSF that answers is_date for built-in formats itself and loads SheetJS (once) for anything else. */
export function lazySsf(load: () => SheetJs): SheetJs['SSF'] {
  return {
    is_date: (format) => BUILT_IN_IS_DATE.get(format) ?? load().SSF.is_date(format),
    format: (format, value) => load().SSF.format(format, value),
  }
}
