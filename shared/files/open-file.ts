// What the renderer asks for when it opens a file and what it learns about the source while it loads.
// Overrides are optional: an absent one means "detect it"; a present one re-reads the file with it.
import { z } from 'zod'
import { AppErrorSchema } from '../ipc/result'
import { ColumnMetaSchema } from '../table/columnar-table'
import { TableChunkSchema } from '../table/table-chunk'

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export const TextEncodingSchema = z.enum(TEXT_ENCODINGS)
export type TextEncoding = z.infer<typeof TextEncodingSchema>

export const DELIMITERS = [',', ';', '\t', '|'] as const
export const DelimiterSchema = z.enum(DELIMITERS)
export type Delimiter = z.infer<typeof DelimiterSchema>

export const SourceKindSchema = z.enum(['csv', 'xlsx', 'xls'])
export type SourceKind = z.infer<typeof SourceKindSchema>

export const OpenOptionsSchema = z.object({
  encoding: TextEncodingSchema.optional(),
  delimiter: DelimiterSchema.optional(),
  sheet: z.string().optional(),
  /** 1-based row number of the header as the spreadsheet shows it. */
  headerRow: z.number().int().min(1).max(1000).optional(),
})
export type OpenOptions = z.infer<typeof OpenOptionsSchema>

export const OpenRequestSchema = z.object({
  path: z.string().min(1),
  options: OpenOptionsSchema.default({}),
})
export type OpenRequest = z.infer<typeof OpenRequestSchema>

export const SheetInfoSchema = z.object({ name: z.string(), rows: z.number().int(), columns: z.number().int() })
export type SheetInfo = z.infer<typeof SheetInfoSchema>

/** What a reader found out about the source before the first rows: sent once per open. */
export const SourceMetaSchema = z.object({
  kind: SourceKindSchema,
  encoding: z.object({ detected: TextEncodingSchema, used: TextEncodingSchema, hadBom: z.boolean() }).optional(),
  delimiter: z.object({ detected: DelimiterSchema, used: DelimiterSchema }).optional(),
  sheets: z.array(SheetInfoSchema).optional(),
  sheet: z.string().optional(),
  headerRow: z.object({ detected: z.number().int().min(1), used: z.number().int().min(1) }),
  columns: z.array(ColumnMetaSchema),
})
export type SourceMeta = z.infer<typeof SourceMetaSchema>

/**
 * The message key (`fileIssue.<key>` of the message files: the code, or code.variant) and the values a file
 * problem's English `message` is worded from, so the app words it in the user's language. Absent in data
 * written before, which keeps its English.
 */
const wording = {
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}

/** Something about the file the user should know that did not stop it from opening. */
export const ParseNoticeSchema = z.object({
  code: z.string(),
  /** Spreadsheet row number (header counted), when the notice is about one row. */
  row: z.number().int().optional(),
  message: z.string(),
  ...wording,
})
export type ParseNotice = z.infer<typeof ParseNoticeSchema>

/** Problems with the file itself that changed what its rows hold: reported apart from notices, never ignored. */
export const FILE_WARNING_CODES = ['UNCLOSED_QUOTE', 'ROW_TOO_WIDE'] as const
export const FileWarningCodeSchema = z.enum(FILE_WARNING_CODES)

/**
 * A file-level problem: what is wrong and where (the file, the sheet for a workbook, the first row and the
 * column it concerns) and in how many rows. A reader that finds one still returns the table it read.
 */
export const FileWarningSchema = z.object({
  code: FileWarningCodeSchema,
  /** Says what is wrong, where, and what to do. */
  message: z.string(),
  /** The file's name. */
  file: z.string(),
  sheet: z.string().optional(),
  /** The first spreadsheet row (header counted) concerned. */
  row: z.number().int().positive().optional(),
  /** The column concerned, by the name the table shows. */
  column: z.string().optional(),
  /** Rows concerned (for UNCLOSED_QUOTE: the lines read into one cell). */
  count: z.number().int().positive(),
  ...wording,
})
export type FileWarning = z.infer<typeof FileWarningSchema>

/** Why opening a file failed: an AppError, with the wording when the reader words it from the message files. */
export const FileFailureSchema = AppErrorSchema.extend(wording)
export type FileFailure = z.infer<typeof FileFailureSchema>

export const ProgressSchema = z.object({
  /**
   * 'parsing': one long step with no measurable progress (a workbook is parsed whole before any row);
   * absent: rows are streaming and bytesRead/totalBytes measure how far.
   */
  stage: z.enum(['parsing']).optional(),
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  rowsRead: z.number().int().nonnegative(),
})
export type Progress = z.infer<typeof ProgressSchema>

export const ReadSummarySchema = z.object({
  rowCount: z.number().int().nonnegative(),
  notices: z.array(ParseNoticeSchema),
  /** Notices not listed because there were too many of the same kind. */
  noticesOmitted: z.number().int().nonnegative(),
  /** At most one per code; empty when the file read cleanly. */
  fileWarnings: z.array(FileWarningSchema).default([]),
})
export type ReadSummary = z.infer<typeof ReadSummarySchema>

const job = { jobId: z.string() }
export const FileEventSchemas = {
  'file:progress': z.object({ ...job, progress: ProgressSchema }),
  'file:chunk': z.object({
    ...job,
    /** Present on the first chunk of an open, and again whenever ragged rows added columns. */
    meta: SourceMetaSchema.optional(),
    chunk: TableChunkSchema,
  }),
  'file:done': z.object({ ...job, summary: ReadSummarySchema, elapsedMs: z.number() }),
  'file:failed': z.object({ ...job, cancelled: z.boolean(), error: FileFailureSchema }),
} as const

export const RecentFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  options: OpenOptionsSchema,
})
export type RecentFile = z.infer<typeof RecentFileSchema>
