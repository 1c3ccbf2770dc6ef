// Test support: an IngestSink that keeps everything a reader sends, assembled into a ColumnarTable the way the
// renderer would (columns from the latest meta), so tests assert on the cells a user would see.
import type { Progress, SourceMeta } from '../../../../shared/files/open-file'
import { ColumnarTable } from '../../../../shared/table/columnar-table'
import type { TableChunk } from '../../../../shared/table/table-chunk'
import type { IngestSink } from '../worker-protocol'

export class CollectSink implements IngestSink {
  readonly chunks: { readonly chunk: TableChunk; readonly meta?: SourceMeta }[] = []
  readonly progressEvents: Progress[] = []
  readonly table = new ColumnarTable([])

  chunk(chunk: TableChunk, meta?: SourceMeta): void {
    if (meta) this.table.columns = meta.columns
    this.table.append(chunk)
    this.chunks.push(meta ? { chunk, meta } : { chunk })
  }

  progress(progress: Progress): void {
    this.progressEvents.push(progress)
  }

  /** The first meta sent; throws when none was (every read must send one). */
  get meta(): SourceMeta {
    const meta = this.chunks[0]?.meta
    if (!meta) throw new Error('the first chunk carried no meta')
    return meta
  }

  /** The latest meta sent, which lists every column. */
  get lastMeta(): SourceMeta {
    const metas = this.chunks.flatMap((c) => (c.meta ? [c.meta] : []))
    return metas[metas.length - 1]!
  }

  get headers(): string[] {
    return this.table.columns.map((c) => c.name)
  }

  rows(): string[][] {
    return this.table.rowsBetween(0, this.table.rowCount)
  }

  sourceRows(): number[] {
    return Array.from({ length: this.table.rowCount }, (_, r) => this.table.sourceRow(r))
  }
}
