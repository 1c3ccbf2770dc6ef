// Learns every sheet's size in an XLSX without parsing cells: the `<dimension>` element at the head of each sheet
// part, in workbook order. Returns undefined whenever a size is not certain, and the caller parses every sheet.
import { parseCellRange, sizeOfRange, type SheetSize } from './sheet-range'
import type { ZipEntry } from './zip-directory'
import { findZipEntry, readZipPart, readZipPartHead } from './zip-part'

const WORKBOOK_PART = 'xl/workbook.xml'
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels'
/** workbook.xml and its relationships stay small even with hundreds of sheets. */
const MAX_INDEX_PART_BYTES = 8 * 1024 * 1024
/** Excel writes `<dimension>` in the first few hundred bytes; this much deflated data holds far more. */
const HEAD_COMPRESSED_BYTES = 4096

export function probeSheetSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): SheetSize[] | undefined {
  const workbook = readIndexPart(bytes, entries, WORKBOOK_PART)
  const rels = readIndexPart(bytes, entries, WORKBOOK_RELS_PART)
  if (workbook === undefined || rels === undefined) return undefined
  const relationships = new Map<string, { type: string; target: string }>()
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id !== undefined && target !== undefined) relationships.set(id, { type: attribute(tag, 'Type') ?? '', target })
  }
  const sizes: SheetSize[] = []
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const relationship = relationships.get(/\s\w+:id="([^"]*)"/.exec(tag)?.[1] ?? '')
    if (!relationship) return undefined
    if (relationship.type.endsWith('/chartsheet')) {
      sizes.push({ rows: 0, columns: 0 })
      continue
    }
    const entry = findZipEntry(entries, resolveTarget('xl/', relationship.target))
    const head = entry && readZipPartHead(bytes, entry, HEAD_COMPRESSED_BYTES)
    const size = head === undefined ? undefined : sizeFromSheetHead(head)
    if (!size) return undefined
    sizes.push(size)
  }
  return sizes
}

/** The size a sheet part's head declares, or undefined when only parsing its cells would tell. */
export function sizeFromSheetHead(head: string): SheetSize | undefined {
  const dataAt = head.search(/<(?:\w+:)?sheetData\b/)
  const beforeData = dataAt < 0 ? head : head.slice(0, dataAt)
  const ref = /<(?:\w+:)?dimension\b[^>]*?\sref="([^"]*)"/.exec(beforeData)?.[1]
  // A one-cell dimension is also what some writers put on any sheet; only a multi-cell one is trustworthy.
  if (ref?.includes(':')) {
    const range = parseCellRange(ref)
    if (range) return sizeOfRange(range)
  }
  if (dataAt >= 0 && /^<(?:\w+:)?sheetData\s*\/>/.test(head.slice(dataAt))) return { rows: 0, columns: 0 }
  return undefined
}

function readIndexPart(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): string | undefined {
  const entry = findZipEntry(entries, name)
  return entry && readZipPart(bytes, entry, MAX_INDEX_PART_BYTES)
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
}

/** A relationship target as a ZIP entry name: absolute targets start at the package root. */
function resolveTarget(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
}
