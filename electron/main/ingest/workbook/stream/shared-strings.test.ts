// The shared strings stream: items are read only as far as asked, cut and decoded as SheetJS's parse_sst_xml
// does (the expected texts are SheetJS 0.15's own for this part: `<si/><si></si>` is one textless item), and a
// table without `</sst>` ends empty (SheetJS then reads none of it).
import { describe, expect, it } from 'vitest'
import { StreamedStrings } from './shared-strings'

const ROOT = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9">'

/** The part as blocks of `size` bytes, counting how many were pulled. */
function blocksOf(xml: string, size: number): { blocks: AsyncIterable<Uint8Array>; pulled: () => number } {
  const bytes = new TextEncoder().encode(xml)
  let pulled = 0
  async function* blocks() {
    for (let at = 0; at < bytes.length; at += size) {
      pulled++
      yield bytes.subarray(at, at + size)
    }
  }
  return { blocks: blocks(), pulled: () => pulled }
}

const items = (count: number) => Array.from({ length: count }, (_, i) => `<si><t>item ${i}</t></si>`).join('')

describe('StreamedStrings', () => {
  it('reads only as far as the items asked for', async () => {
    const part = blocksOf(`${ROOT}${items(10_000)}</sst>`, 1024)
    const strings = new StreamedStrings(part.blocks, 'book.xlsx')
    expect([strings.has(0), strings.complete]).toEqual([false, false])
    await strings.readPast(40)
    expect(strings.has(40)).toBe(true)
    expect(strings.table.text(40)).toBe('item 40')
    expect(part.pulled()).toBeLessThan(5)
    await strings.readPast(9_999)
    expect([strings.table.text(9_999), strings.table.count, strings.unclosed]).toEqual(['item 9999', 10_000, false])
    await strings.finish()
    expect([strings.complete, strings.has(123_456)]).toEqual([true, true])
  })

  it('cuts items as SheetJS does, whatever the block size', async () => {
    const xml =
      `${ROOT}<si><t>plain</t></si><si><t xml:space="preserve"> a &amp; b </t></si><si><r><t>Ri</t></r><r><rPr/><t>ch</t></r></si>` +
      '<si><t>Zoë _x0041_</t></si><si/><si></si><si><phoneticPr/></si><si><t>last</t></si></sst><si><t>after</t></si>'
    for (const size of [1, 7, 64, 4096]) {
      const strings = new StreamedStrings(blocksOf(xml, size).blocks, 'book.xlsx')
      await strings.finish()
      const { table } = strings
      const texts = Array.from({ length: table.count }, (_, i) => (table.hasText(i) ? table.text(i) : undefined))
      expect(texts).toEqual(['plain', ' a & b ', 'Rich', 'Zoë A', undefined, undefined, 'last'])
    }
  })

  it('ends empty when the part never closes its table', async () => {
    const strings = new StreamedStrings(blocksOf(`${ROOT}${items(50)}`, 256).blocks, 'book.xlsx')
    await strings.readPast(10)
    expect(strings.table.text(10)).toBe('item 10')
    await strings.finish()
    expect([strings.complete, strings.unclosed, strings.table.count]).toEqual([true, true, 0])
  })

  it('is empty and complete without a part', async () => {
    const strings = new StreamedStrings(undefined, 'book.xlsx')
    expect([strings.complete, strings.unclosed, strings.has(0), strings.table.count]).toEqual([true, false, true, 0])
  })
})
