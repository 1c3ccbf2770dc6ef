// Loads sheetjs-style's writer, and the JSZip build it ships, in the main process: as CommonJS at run time like
// the parse worker does, because bundled as strict ESM this sloppy-mode library breaks. Only for workbooks
// Preflight writes itself: files from outside are parsed in the parse worker, whose thread is frozen against
// this version's prototype pollution. The library leaves a few globals behind (style_builder, cptable...).
import { createRequire } from 'node:module'

/** A colour as OOXML spells it: ARGB hex, e.g. `FFFFC7CE`. */
export interface Rgb {
  readonly rgb: string
}

/** The subset of sheetjs-style's cell style we write. */
export interface CellStyle {
  readonly font?: { readonly bold?: boolean; readonly italic?: boolean; readonly color?: Rgb }
  readonly fill?: { readonly patternType: 'solid'; readonly fgColor: Rgb }
  readonly alignment?: { readonly vertical?: 'top' | 'center'; readonly wrapText?: boolean }
  readonly border?: { readonly bottom?: { readonly style: 'thin' | 'medium'; readonly color: Rgb } }
  /** '@' is Excel's Text format: what the client types in the cell stays text too. */
  readonly numFmt: '@'
}

/** Every cell Preflight writes is a string: Excel then never reads `00123` as 123 or a long id as 1.2E+17. */
export interface TextCell {
  readonly t: 's'
  readonly v: string
  readonly s: CellStyle
}

/** A sheet as SheetJS takes it: cells by A1 address plus `!`-prefixed sheet properties. */
export interface WorkSheet {
  [address: string]: TextCell | string | readonly { readonly wch: number }[] | { readonly ref: string } | undefined
  '!ref'?: string
  '!cols'?: readonly { readonly wch: number }[]
  '!autofilter'?: { readonly ref: string }
}

export interface WorkBook {
  readonly SheetNames: readonly string[]
  readonly Sheets: Readonly<Record<string, WorkSheet>>
}

export interface SheetJsWriter {
  write(
    workbook: WorkBook,
    options: {
      readonly type: 'buffer'
      readonly bookType: 'xlsx'
      readonly bookSST: true
      readonly compression: boolean
    },
  ): Buffer
}

/** The part of JSZip 2's synchronous API we use to adjust a package SheetJS wrote. */
export interface ZipPackage {
  file(name: string): { asText(): string } | null
  file(name: string, text: string): ZipPackage
  generate(options: { readonly type: 'nodebuffer'; readonly compression: 'DEFLATE' }): Buffer
}

export interface SheetJsWriting {
  readonly sheetJs: SheetJsWriter
  readonly openZip: (bytes: Uint8Array) => ZipPackage
}

let loaded: SheetJsWriting | undefined

/** The writer, loaded once. Never use it to read a file that came from outside Preflight. */
export function loadSheetJsWriter(): SheetJsWriting {
  if (loaded) return loaded
  const require = createRequire(__filename)
  const sheetJs = require('sheetjs-style') as SheetJsWriter
  const JsZip = require('sheetjs-style/jszip.js') as new (bytes: Uint8Array) => ZipPackage
  loaded = { sheetJs, openZip: (bytes) => new JsZip(bytes) }
  return loaded
}
