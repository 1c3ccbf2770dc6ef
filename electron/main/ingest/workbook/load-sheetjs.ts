// Loads sheetjs-style (a SheetJS 0.15 fork) as CommonJS at run time and describes the part of its API we use.
// Only the parse worker calls loadSheetJs: it freezes the built-in prototypes of the whole thread first,
// because this SheetJS predates the prototype-pollution fix of 0.19.3 and parses untrusted files.
import { createRequire } from 'node:module'

/** A cell as SheetJS reads it with `cellNF: true, cellText: false`: type, raw value, number format. */
export interface SheetJsCell {
  /** 's' string, 'n' number, 'b' boolean, 'e' error (v is the Excel error code), 'd' date, 'z' stub. */
  readonly t: string
  readonly v?: unknown
  readonly z?: string
}

/** A sheet read with `dense: true`: rows of cells by 0-based index, both sparse. */
export type DenseSheet = readonly (readonly (SheetJsCell | undefined)[] | undefined)[] & {
  readonly '!ref'?: string
}

export interface SheetJsWorkbook {
  readonly SheetNames: readonly string[]
  readonly Sheets?: Readonly<Record<string, DenseSheet | undefined>>
  readonly Workbook?: { readonly WBProps?: { readonly date1904?: unknown } }
}

export interface SheetJs {
  read(data: Uint8Array, options: Readonly<Record<string, unknown>>): SheetJsWorkbook
  readonly SSF: {
    is_date(format: string): boolean
    format(format: string, value: number): string
  }
  readonly CFB: {
    read(data: Uint8Array, options: { readonly type: 'buffer' }): unknown
    find(container: unknown, path: string): unknown
  }
}

let loaded: SheetJs | undefined

/**
 * The SheetJS module, loaded once per thread. Freezes Object.prototype, Array.prototype and
 * Function.prototype before the library runs, so a crafted workbook cannot pollute them; call it only
 * inside the parse worker (the freeze is permanent for the thread that calls it).
 */
export function loadSheetJs(): SheetJs {
  if (loaded) return loaded
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    if (!Object.isFrozen(proto)) freezeInPlace(proto)
  }
  // A run-time require keeps the bundler from turning this sloppy-mode CommonJS library into strict ESM.
  loaded = createRequire(import.meta.url)('sheetjs-style') as SheetJs
  return loaded
}

/**
 * Object.freeze by its definition (every own property non-configurable, data properties read-only, no new
 * properties), spelled out: V8's Object.freeze also moves a prototype's elements to a slow kind, which makes
 * every holey-array access in the thread several times slower, and SheetJS's dense sheets are holey arrays
 * (measured: a 100k-row read went from about 3.3 s to 5.5-6.7 s).
 */
function freezeInPlace(target: object): void {
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!
    const locked = 'value' in descriptor ? { writable: false, configurable: false } : { configurable: false }
    Object.defineProperty(target, key, locked)
  }
  Object.preventExtensions(target)
}
