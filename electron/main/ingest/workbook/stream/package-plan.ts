// Reads an XLSX package's small index parts (content types, workbook, its relationships, styles) the way the
// SheetJS path would, and decides whether the streaming reader can read the workbook exactly as SheetJS does.
// Undefined means "let SheetJS read it": that path then reads it, or fails with today's message. Cases left to
// SheetJS: no [Content_Types].xml or an unknown namespace in it, a binary (XLSB) or misplaced workbook part,
// a strict-OOXML (or other non-transitional) workbook namespace, a sheet without a name, relationship or
// declared size (no multi-cell <dimension>), and a declared styles part that is missing or over 16 MB.
import type { SheetInfo } from '../../../../../shared/files/open-file'
import { probeSheetSizes } from '../sheet-sizes'
import type { ZipEntry } from '../zip-directory'
import { findZipEntry, readZipPartBytes } from '../zip-part'
import { stripNamespace, TAG, unescapeXml, utf8Read, xmlBool, xmlTag } from './sheetjs-text'

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types'
const TRANSITIONAL_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const WORKSHEET_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
])
const SHARED_STRINGS_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  'application/vnd.ms-excel.sharedStrings',
])
const STYLES_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  'application/vnd.ms-excel.styles',
])
const WORKBOOK_PART = 'xl/workbook.xml'
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels'
const MAX_INDEX_PART_BYTES = 16 * 1024 * 1024

export interface PlannedSheet {
  readonly name: string
  /** The worksheet part, when the sheet is a worksheet both SheetJS and the size probe find at the same path. */
  readonly entry: ZipEntry | undefined
}

export interface PackagePlan {
  /** Every sheet with its declared size, in workbook order: what today's path picks the sheet from. */
  readonly declared: readonly SheetInfo[]
  readonly sheets: readonly PlannedSheet[]
  /** The shared strings part SheetJS would read, if the content types declare one that exists. */
  readonly sharedStrings: ZipEntry | undefined
  /** styles.xml as a binary string, or undefined when the package declares none. */
  readonly styles: string | undefined
  readonly date1904: boolean
}

export function planPackage(bytes: Uint8Array, entries: readonly ZipEntry[]): PackagePlan | undefined {
  const types = readBinaryPart(bytes, entries, '[Content_Types].xml')
  if (types === undefined) return undefined
  const declared = contentTypes(types)
  if (!declared) return undefined
  const workbookPath = declared.workbook ?? (findZipEntry(entries, WORKBOOK_PART) ? WORKBOOK_PART : undefined)
  if (workbookPath?.toLowerCase() !== WORKBOOK_PART) return undefined

  const workbookText = readBinaryPart(bytes, entries, WORKBOOK_PART)
  const workbook = workbookText === undefined ? undefined : parseWorkbookXml(workbookText)
  const relsText = readBinaryPart(bytes, entries, WORKBOOK_RELS_PART)
  const sizes = probeSheetSizes(bytes, entries)
  if (!workbook || relsText === undefined || !sizes || sizes.length !== workbook.sheets.length) return undefined
  const relationships = parseRelationships(relsText)

  const sheets: PlannedSheet[] = []
  for (const sheet of workbook.sheets) {
    const relationship = relationships.get(sheet.id)
    if (!relationship) return undefined
    const sheetJsPath = sheetJsSheetPath(entries, relationship.target)
    const probed = findZipEntry(entries, resolveTarget('xl/', relationship.target))
    const entry =
      relationship.type === WORKSHEET_RELATIONSHIP && probed && findZipEntry(entries, sheetJsPath) === probed
        ? probed
        : undefined
    sheets.push({ name: sheet.name, entry })
  }

  let styles: string | undefined
  if (declared.styles !== undefined) {
    styles = readBinaryPart(bytes, entries, declared.styles, MAX_INDEX_PART_BYTES)
    if (styles === undefined) return undefined
  }
  const sharedStrings = declared.sharedStrings === undefined ? undefined : findZipEntry(entries, declared.sharedStrings)
  return {
    declared: sheets.map((sheet, i) => ({ name: sheet.name, ...sizes[i]! })),
    sheets,
    sharedStrings,
    styles,
    date1904: workbook.date1904,
  }
}

interface DeclaredParts {
  readonly workbook: string | undefined
  readonly sharedStrings: string | undefined
  readonly styles: string | undefined
}

/** SheetJS's `parse_ct`, reduced to the three parts read here; undefined where SheetJS would throw. */
function contentTypes(text: string): DeclaredParts | undefined {
  let namespace: string | undefined
  const workbooks: string[] = []
  const strings: string[] = []
  const styles: string[] = []
  for (const tag of text.match(TAG) ?? []) {
    const y = xmlTag(tag)
    const name = (y.get('0') ?? '').replace(/<\w*:/, '<')
    if (name === '<Types') namespace = y.get(`xmlns${(y.get('0')!.match(/<(\w+):/) ?? ['', ''])[1]}`)
    if (name !== '<Override') continue
    const type = y.get('ContentType') ?? ''
    const part = y.get('PartName')
    if (part === undefined) continue
    if (WORKBOOK_TYPES.has(type)) workbooks.push(part)
    else if (SHARED_STRINGS_TYPES.has(type)) strings.push(part)
    else if (STYLES_TYPES.has(type)) styles.push(part)
  }
  if (namespace !== CONTENT_TYPES_NS) return undefined
  const strip = (path: string | undefined) => (path === undefined ? undefined : path.replace(/^\//, ''))
  return { workbook: strip(workbooks[0]), sharedStrings: strip(strings[0]), styles: strip(styles[0]) }
}

interface WorkbookXml {
  readonly sheets: readonly { readonly name: string; readonly id: string }[]
  readonly date1904: boolean
}

/** The sheets (name and relationship id) and date system SheetJS's `parse_wb_xml` reads. */
function parseWorkbookXml(text: string): WorkbookXml | undefined {
  let namespace: string | undefined
  let date1904 = false
  const sheets: { name: string; id: string }[] = []
  for (const tag of text.match(TAG) ?? []) {
    const y = xmlTag(tag)
    switch (stripNamespace(y.get('0') ?? '')) {
      case '<workbook': {
        const prefixed = /<\w+:workbook/.test(tag)
        namespace = y.get(prefixed ? `xmlns${tag.match(/<(\w+):/)![1]}` : 'xmlns')
        break
      }
      case '<workbookPr':
      case '<workbookPr/>': {
        const flag = y.get('date1904')
        if (flag !== undefined) date1904 = xmlBool(flag)
        break
      }
      case '<sheet': {
        const name = y.get('name')
        const id = y.get('id') ?? y.get('strRelID')
        if (name === undefined || id === undefined) return undefined
        sheets.push({ name: unescapeXml(utf8Read(name)), id })
        break
      }
    }
  }
  return namespace === TRANSITIONAL_NS ? { sheets, date1904 } : undefined
}

/** SheetJS's `parse_rels`: relationships by id (its tag names are matched without namespace stripping). */
function parseRelationships(text: string): Map<string, { type: string; target: string }> {
  const byId = new Map<string, { type: string; target: string }>()
  for (const tag of text.match(TAG) ?? []) {
    const y = xmlTag(tag)
    if (y.get('0') !== '<Relationship') continue
    const id = y.get('Id')
    const target = y.get('Target')
    if (id !== undefined && target !== undefined) byId.set(id, { type: y.get('Type') ?? '', target })
  }
  return byId
}

/** The part SheetJS opens for a sheet relationship target, trying its three spellings in turn. */
function sheetJsSheetPath(entries: readonly ZipEntry[], target: string): string {
  const first = `xl/${target.replace(/[/]?xl\//, '')}`
  if (findZipEntry(entries, first)) return first
  if (findZipEntry(entries, target)) return target
  return `xl/${target}`
}

/** A relationship target as a ZIP entry name, as the size probe resolves it. */
function resolveTarget(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
}

function readBinaryPart(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  max = MAX_INDEX_PART_BYTES,
): string | undefined {
  const entry = findZipEntry(entries, name)
  const data = entry && readZipPartBytes(bytes, entry, max)
  return data && Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')
}
