// The sheet scanner reads the same cells however the part is cut into blocks and however often a shared-string
// cell stalls for strings not read yet: the common-cell path and the general path must agree at every cut.
import { describe, expect, it } from 'vitest'
import { SheetScanner, type CellSink, type ScannedCell, type StringGate } from './sheet-scanner'

interface Seen {
  readonly row: number
  readonly column: number
  readonly type: number
  readonly style: number
  readonly v: string | undefined
  readonly is: string | undefined
}

const text = (bytes: Uint8Array, start: number, end: number) =>
  start < 0 ? undefined : Buffer.from(bytes.subarray(start, end)).toString('latin1')

class Record implements CellSink {
  readonly cells: Seen[] = []
  cell(cell: ScannedCell, bytes: Uint8Array): void {
    const { row, column, type, style } = cell
    this.cells.push({
      row,
      column,
      type,
      style,
      v: text(bytes, cell.vStart, cell.vEnd),
      is: text(bytes, cell.isStart, cell.isEnd),
    })
  }
}

/** Makes every shared-string cell wait once: the first time an index is asked for it is missing. */
class StallOnce implements StringGate {
  readonly read = new Set<number>()
  stalls = 0
  waitFor(bytes: Uint8Array, start: number, end: number): number {
    const index = Number(text(bytes, start, end))
    if (this.read.has(index)) return -1
    this.stalls++
    return index
  }
}

const SHEET =
  '<?xml version="1.0"?><worksheet><dimension ref="A1:E6"/><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c><c r="C1"><v>12.5</v></c><c r="D1" s="1"/><c r="E1"></c></row>' +
  '<row r="2" spans="1:5"><c r="A2" t="inlineStr"><is><t>in&amp;line</t></is></c><c r="B2" t="str"><f>A1</f><v>x&lt;y</v></c>' +
  '<c r="C2"\n t="b"><v>1</v></c><c r="D2" T="e"><v>#N/A</v></c><c r="E2" t=\'s\'><v>2</v></c></row>' +
  '<row><c><v>7</v></c><c t="s"><v>3</v></c><x:c r="D3"><x:v>8</x:v></x:c><c r="E3" t="s" s="2"><v>4</v><extLst/></c></row>' +
  '<row r="5"><c r="A5" t="s"><v></v></c><c r="B5" t="d"><v>2024-01-02</v></c><c r="C5" s="007"><v>-3</v></c></row>' +
  '<row r="6"><c r="A6" t="s"><v>5</v></c><c r="B6"><v>1</v><v>2</v></c></row>' +
  '</sheetData><mergeCells/></worksheet>'

function scanAll(bytes: Uint8Array, blockSize: number, gate?: StallOnce): Seen[] {
  const record = new Record()
  const scanner = new SheetScanner(record, gate)
  const oversized = () => new Error('oversized')
  for (let at = 0; at < bytes.length && !scanner.done; at += blockSize) {
    scanner.push(bytes.subarray(at, at + blockSize), oversized)
    while (scanner.stalledOn >= 0) {
      gate!.read.add(scanner.stalledOn)
      scanner.resume(oversized)
    }
  }
  return record.cells
}

describe('the sheet scanner', () => {
  const bytes = new TextEncoder().encode(SHEET)
  const whole = scanAll(bytes, bytes.length)

  it('reads common and unusual cells as SheetJS places them', () => {
    expect(
      whole.map((cell) => `${cell.row}:${cell.column}:${cell.type}:${cell.style}:${cell.v ?? '-'}:${cell.is ?? '-'}`),
    ).toEqual([
      '0:0:2:-1:0:-',
      '0:1:2:3:1:-',
      '0:2:0:-1:12.5:-',
      '0:3:0:1:-:-',
      '0:4:0:-1:-:-',
      '1:0:4:-1:-:<t>in&amp;line</t>',
      '1:1:3:-1:x&lt;y:-',
      '1:2:5:-1:1:-',
      '1:3:6:-1:#N/A:-',
      '1:4:2:-1:2:-',
      '2:0:0:-1:7:-',
      '2:1:2:-1:3:-',
      '2:3:0:-1:8:-',
      '2:4:2:2:4:-',
      '4:0:2:-1:-:-',
      '4:1:7:-1:2024-01-02:-',
      '4:2:0:-1:-3:-',
      '5:0:2:-1:5:-',
      '5:1:0:-1:1:-',
    ])
  })

  it.each([1, 2, 3, 5, 8, 13, 31, 64])(
    'reads the same cells from blocks of %i bytes, stalling on every string once',
    (size) => {
      const gate = new StallOnce()
      expect(scanAll(bytes, size, gate)).toEqual(whole)
      expect(gate.stalls).toBe(6)
    },
  )
})
