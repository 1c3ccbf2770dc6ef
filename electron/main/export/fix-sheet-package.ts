// What SheetJS 0.15 cannot write well, added to the package it wrote: the frozen header row (it writes no
// panes) and the cell notes (it builds their drawing in time quadratic in their number: 40,000 notes took over
// a minute). Notes are written linearly in the parts and form SheetJS uses: a comments part with the text and
// a legacy VML drawing, without which Excel shows no note. Only ever applied to Preflight's own output.
import { columnLetter } from '../../../shared/table/headers'
import type { ZipPackage } from './load-sheetjs-writer'

/** A note on a cell of the first sheet; row and column are 0-based. */
export interface CellNote {
  readonly row: number
  readonly column: number
  readonly text: string
}

const SHEET = 'xl/worksheets/sheet1.xml'
const SHEET_RELS = 'xl/worksheets/_rels/sheet1.xml.rels'
const COMMENTS = 'xl/comments1.xml'
const DRAWING = 'xl/drawings/vmlDrawing1.vml'
const CONTENT_TYPES = '[Content_Types].xml'
const OFFICE_TYPES = 'application/vnd.openxmlformats-officedocument'
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
/** VML shape ids come in blocks of 1024 listed by the drawing's idmap; SheetJS starts at 1025 (block 1). */
const SHAPES_PER_BLOCK = 1024

/** Freezes row 1 of the first sheet and adds `notes` by `author` to it; throws when the package is not as SheetJS writes it. */
export function finishPackage(zip: ZipPackage, author: string, notes: readonly CellNote[]): Buffer {
  editPart(
    zip,
    SHEET,
    '<sheetView workbookViewId="0"/>',
    '<sheetView workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
      '</sheetView>',
  )
  if (notes.length > 0) addNotes(zip, author, notes)
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' })
}

function addNotes(zip: ZipPackage, author: string, notes: readonly CellNote[]): void {
  if (zip.file(SHEET_RELS) || zip.file(COMMENTS)) throw new Error(`${SHEET} already has related parts`)
  zip.file(COMMENTS, commentsXml(author, notes))
  zip.file(DRAWING, drawingVml(notes))
  zip.file(
    SHEET_RELS,
    `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId2" Type="${RELATIONSHIPS}/comments" Target="../comments1.xml"/></Relationships>`,
  )
  editPart(zip, SHEET, '</worksheet>', '<legacyDrawing r:id="rId1"/></worksheet>')
  const types = zip.file(CONTENT_TYPES)?.asText() ?? ''
  const vml = types.includes('Extension="vml"')
    ? ''
    : `<Default Extension="vml" ContentType="${OFFICE_TYPES}.vmlDrawing"/>`
  const comments = `<Override PartName="/${COMMENTS}" ContentType="${OFFICE_TYPES}.spreadsheetml.comments+xml"/>`
  editPart(zip, CONTENT_TYPES, '</Types>', `${vml}${comments}</Types>`)
}

function commentsXml(author: string, notes: readonly CellNote[]): string {
  const list = notes.map(
    (note) =>
      `<comment ref="${columnLetter(note.column)}${note.row + 1}" authorId="0"><text>` +
      `<t xml:space="preserve">${escapeXml(note.text)}</t></text></comment>`,
  )
  return (
    `${XML_HEADER}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<authors><author>${escapeXml(author)}</author></authors><commentList>${list.join('')}</commentList></comments>`
  )
}

function drawingVml(notes: readonly CellNote[]): string {
  const blocks = Array.from(
    { length: Math.floor((SHAPES_PER_BLOCK + notes.length) / SHAPES_PER_BLOCK) },
    (_, i) => i + 1,
  )
  const shapes = notes.map((note, i) => {
    const { row, column } = note
    const anchor = [column + 1, 0, row + 1, 0, column + 3, 20, row + 5, 20].join(',')
    return (
      `<v:shape id="_x0000_s${SHAPES_PER_BLOCK + 1 + i}" type="#_x0000_t202" ` +
      'style="position:absolute;margin-left:80pt;margin-top:5pt;width:160pt;height:64pt;z-index:10;visibility:hidden" ' +
      'fillcolor="#FFFFE1" strokecolor="#7F7F7F"><v:fill color2="#FFFFE1"/><v:shadow on="t" obscured="t"/>' +
      '<v:path o:connecttype="none"/><v:textbox><div style="text-align:left"></div></v:textbox>' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
      `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column>` +
      '</x:ClientData></v:shape>'
    )
  })
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" o:spt="202" coordsize="21600,21600" path="m0,0l0,21600,21600,21600,21600,0xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  )
}

function editPart(zip: ZipPackage, name: string, find: string, replacement: string): void {
  const text = zip.file(name)?.asText()
  if (text === undefined || !text.includes(find)) throw new Error(`${name} does not contain ${find}`)
  zip.file(
    name,
    text.replace(find, () => replacement),
  )
}

/** The control characters XML 1.0 cannot hold (it can hold tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex -- these controls are what the pattern is for
const XML_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

/** XML text; control characters XML cannot hold are written as Excel's _xHHHH_ escapes. */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_CONTROLS, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`)
}
