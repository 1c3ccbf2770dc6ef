// The number format of each cell style (cellXfs index) as SheetJS's `parse_sty_xml` + `safe_format` assign it to
// a cell's `z`: SSF's built-in table, overridden by the workbook's <numFmts>, looked up by the style's numFmtId,
// with SheetJS's renumbering of ids above 392. Invariant: formatOfStyle gives the `z` SheetJS gives the cell.
import { stripNamespace, TAG, unescapeXml, utf8Read, xmlTag } from './sheetjs-text'

/** SSF's built-in formats (`init_table`), the table every SheetJS read starts from. */
export const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
  65535: 'General',
}
const HIGHEST_ID = 0x188
const LOWEST_RENUMBERED = 0x3c

const NUM_FMTS = /<(?:\w+:)?numFmts([^>]*)>[\S\s]*?<\/(?:\w+:)?numFmts>/
const CELL_XFS = /<(?:\w+:)?cellXfs([^>]*)>[\S\s]*?<\/(?:\w+:)?cellXfs>/
export interface CellFormats {
  /**
   * The `z` of a cell whose `s` attribute is the style index `style`; -1 stands for no `s`, or one that is
   * not a plain decimal ("03", "1.0"), which SheetJS's lookup by attribute text finds no style for.
   */
  formatOfStyle(style: number): string | undefined
}

/** Reads styles.xml (a binary string, or undefined when the package has none). */
export function parseCellFormats(styles: string | undefined): CellFormats {
  const table = new Map<number, string>(Object.entries(BUILT_IN).map(([id, format]) => [Number(id), format]))
  let xfFormats: (string | undefined)[] | undefined
  if (styles !== undefined) {
    const text = styles.replace(/<!--([\s\S]*?)-->/gm, '').replace(/<!DOCTYPE[^[]*\[[^\]]*\]>/gm, '')
    const numberFormats = new Map(table)
    const numFmts = NUM_FMTS.exec(text)
    if (numFmts) readNumFmts(numFmts[0], table, numberFormats)
    const cellXfs = CELL_XFS.exec(text)
    if (cellXfs) xfFormats = readCellXfs(cellXfs[0], table, numberFormats)
  }
  const general = table.get(0)
  return {
    formatOfStyle(style) {
      if (!xfFormats || style < 0) return general
      return style < xfFormats.length ? xfFormats[style] : general
    },
  }
}

/** `parse_numFmts`: custom formats into the table; ids above 392 move to the highest free id from 392 down. */
function readNumFmts(block: string, table: Map<number, string>, numberFormats: Map<number, string>): void {
  for (const tag of block.match(TAG) ?? []) {
    const y = xmlTag(tag)
    if (stripNamespace(y.get('0') ?? '') !== '<numFmt') continue
    const format = unescapeXml(utf8Read(y.get('formatCode') ?? 'undefined'))
    let id = parseInt(y.get('numFmtId') ?? '', 10)
    numberFormats.set(id, format)
    if (id > 0) {
      if (id > HIGHEST_ID) {
        for (id = HIGHEST_ID; id > LOWEST_RENUMBERED; --id) if (numberFormats.get(id) == null) break
        numberFormats.set(id, format)
      }
      table.set(id, format)
    }
  }
}

/** `parse_cellXfs` then `safe_format`: each style's format, by the style's position among the `<xf>` tags. */
function readCellXfs(
  block: string,
  table: Map<number, string>,
  numberFormats: Map<number, string>,
): (string | undefined)[] {
  const formats: (string | undefined)[] = []
  for (const tag of block.match(TAG) ?? []) {
    const y = xmlTag(tag)
    const name = stripNamespace(y.get('0') ?? '')
    if (name !== '<xf' && name !== '<xf/>') continue
    const raw = y.get('numFmtId')
    // An empty numFmtId stays '' in SheetJS and finds no format; an absent one means General.
    if (raw === '') {
      formats.push(undefined)
      continue
    }
    let id = raw === undefined ? 0 : parseInt(raw, 10)
    if (id > HIGHEST_ID) {
      const format = numberFormats.get(id)
      for (let i = HIGHEST_ID; i > LOWEST_RENUMBERED; --i) {
        if (format == numberFormats.get(i)) {
          id = i
          break
        }
      }
    }
    formats.push(table.get(id))
  }
  return formats
}
