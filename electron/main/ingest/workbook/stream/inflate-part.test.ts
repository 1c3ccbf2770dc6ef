// A part's inflated blocks: a failure to load its stored bytes (a file cut short while it is read range by
// range) fails the read with that error, for deflated and stored parts alike, instead of stalling it.
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { IngestError } from '../../worker-protocol'
import { workbookCorrupt } from '../workbook-errors'
import { craftZip } from '../workbook.test-support'
import { readZipDirectory } from '../zip-directory'
import { inflatePart, type PartGuard } from './inflate-part'

/** Text that deflates to far more than one fed slice (64 KB), so the part needs several loads. */
const text = Array.from({ length: 200_000 }, (_, i) => ((i * 2_654_435_761) >>> 0).toString(36)).join(',')

/** A one-part ZIP holding `text`, deflated (method 8) or stored. */
function zipOf(deflated: boolean) {
  const plain = new TextEncoder().encode(text)
  const bytes = craftZip([
    { name: 'part.xml', data: deflated ? deflateRawSync(plain) : plain, declaredSize: plain.length },
  ])
  if (deflated) new DataView(bytes.buffer, bytes.byteOffset).setUint16(8, 8, true)
  const directory = readZipDirectory(bytes, 10)
  if (directory.kind !== 'ok') throw new Error(directory.kind)
  const entry = { ...directory.entries[0]!, method: deflated ? 8 : 0 }
  return { bytes, entry }
}

async function readAll(blocks: AsyncIterable<Uint8Array>): Promise<number> {
  let length = 0
  for await (const block of blocks) length += block.length
  return length
}

describe('inflatePart', () => {
  it.each([true, false])('reads the whole part when every load succeeds (deflated: %s)', async (deflated) => {
    const { bytes, entry } = zipOf(deflated)
    let loads = 0
    const guard: PartGuard = { file: 'book.xlsx', deadline: Infinity, limitMs: 1, load: async () => void loads++ }
    expect(await readAll(inflatePart(bytes, entry, guard))).toBe(text.length)
    expect(loads).toBeGreaterThan(0)
  })

  it.each([true, false])(
    'fails with the load error instead of stalling (deflated: %s)',
    async (deflated) => {
      const { bytes, entry } = zipOf(deflated)
      let loads = 0
      const cut = workbookCorrupt('book.xlsx', 'it was cut short while it was being read')
      const load = async () => {
        if (++loads > 1) throw cut
      }
      const guard: PartGuard = { file: 'book.xlsx', deadline: Infinity, limitMs: 1, load }
      const read = readAll(inflatePart(bytes, entry, guard))
      await expect(read).rejects.toBeInstanceOf(IngestError)
      await expect(read).rejects.toThrow(/book\.xlsx cannot be read: it was cut short while it was being read/)
    },
    10_000,
  )
})
