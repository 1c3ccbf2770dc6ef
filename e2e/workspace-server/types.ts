// Public types of the test workspace server: what a test passes in and what it can inspect afterwards.
// Everything a test reads back is a copy; mutating it never changes the server's state.

/** Deterministic misbehaviour, settable while the server runs. Counters count down; nothing is random. */
export interface FaultPlan {
  /** Delay before every response, in ms. */
  readonly latencyMs?: number
  /** The next N authenticated requests answer 500 without touching any data. */
  readonly failNext?: number
  /** The next N successful batch writes commit, then the socket is destroyed without an answer. */
  readonly dropAfterCommit?: number
  /** Any batch holding a record whose `field` (dotted for a subfield) strictly equals `value` answers 400. */
  readonly rejectValue?: { readonly field: string; readonly value: unknown; readonly plural?: string }
}

export type RestoreRoute = 'restore-first' | 'restore-last'

export interface WorkspaceServerOptions {
  /** A Twenty metadata GraphQL response: `{ data: { objects: { edges: [{ node }] } } }`, fieldsList or fields edges. */
  readonly model: unknown
  readonly apiKey: string
  /** Token bucket size and refill per 60 s (Twenty's self-hosted default: 100). */
  readonly rateLimitPerMinute?: number
  /** 429 in current Twenty, 400 in older versions; the message is the same. */
  readonly rateLimitStatus?: 429 | 400
  /** QUERY_MAX_RECORDS: 200 since late 2025, 60 before. Also the clamp for `limit` on reads. */
  readonly maxRecordsPerRequest?: 60 | 200
  /** 'connection-only' answers like a server older than `fieldsList`: asking for it is a GraphQL error. */
  readonly metadataFields?: 'both' | 'connection-only'
  /** False answers like a server older than nested `connect`: a relation can only be set by its join column. */
  readonly nestedConnect?: boolean
  /**
   * 'common' (default): a server from about October 2025 on, where `POST /rest/batch/{plural}?upsert=true` upserts.
   * 'legacy': an older server that ignores `upsert` there (an existing id answers 400 "Record already exists", a
   * unique collision fails as a database error); GraphQL `create<Plural>(data, upsert: true)` upserts in both.
   */
  readonly upsertApi?: 'common' | 'legacy'
  /** True answers like a server before partial LINKS updates: writing a LINKS field nulls the label and secondary links not sent. */
  readonly linksClearOnUpdate?: boolean
  /** MUTATION_MAXIMUM_AFFECTED_RECORDS: most records one PATCH or DELETE by filter may touch (Twenty's default 100). */
  readonly mutationMaxAffected?: number
  /**
   * Where the restore route is: 'restore-first' (default) `PATCH /rest/restore/{plural}/{id}`, as Twenty's REST
   * controller routes `restore/*path`; 'restore-last' `PATCH /rest/{plural}/{id}/restore`, as versions routing
   * `*path/restore` do. Either way the other shape answers 400 (an invalid path).
   */
  readonly restoreRoute?: RestoreRoute
  /**
   * Which REST update, delete and restore forms exist: 'common' (default) all of them; 'by-id' (the default with
   * upsertApi 'legacy': servers from before the common API) only those by id, a filter answering 400; 'flagged'
   * (the common API behind its workspace flag, off) only update and destroy by id, the rest answering 400
   * "Activate feature flag…". GraphQL `delete<Plural>`, `destroy<Plural>` and `restore<Plural>` by filter exist on all.
   */
  readonly restMutations?: 'common' | 'by-id' | 'flagged'
  readonly faults?: FaultPlan
  /** Clock for timestamps and the token bucket (ms since epoch); defaults to Date.now. */
  readonly now?: () => number
}

/** One handled request. `status` 0 means the socket was dropped without an answer. The key is never kept. */
export interface RequestLog {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly status: number
  readonly at: number
  /** Records in a batch or GraphQL create body, records returned by a list read, or records an update, delete or restore touched; null otherwise. */
  readonly recordCount: number | null
}

export type StoredRecord = Record<string, unknown>

export interface WorkspaceServer {
  readonly url: string
  close(): Promise<void>
  /** Every stored record of the object, soft-deleted ones included (with their deletedAt). */
  records(plural: string): StoredRecord[]
  readonly requests: readonly RequestLog[]
  /** Stores records as given (no validation), filling id, timestamps and deletedAt; returns the stored copies. */
  seed(plural: string, records: readonly StoredRecord[]): StoredRecord[]
  softDelete(plural: string, id: string): void
  setFaults(plan: FaultPlan): void
  /** Drops all records, the request log, the faults and refills the rate-limit bucket. */
  reset(): void
}
