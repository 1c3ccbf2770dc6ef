// A saved Twenty workspace connection (profile) and the address rules it obeys. A profile never holds an API
// key: keys live in the OS keychain, one item per workspace id, and only main reads them.
import { z } from 'zod'

/** Twenty Cloud's API host; a self-hosted workspace uses its instance root URL instead. */
export const TWENTY_CLOUD_URL = 'https://api.twenty.com'
/** Twenty's self-hosted default and its documented API-key limit (contract 4.6). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 100
/** Records per batch request that every Twenty version accepts (contract 4.3). */
export const DEFAULT_BATCH_SIZE = 60
/** QUERY_MAX_RECORDS on servers from late 2025 on. */
export const MAX_BATCH_SIZE = 200

/** A workspace id: a UUID, also used as the keychain account and the cached model's file name. */
export const WorkspaceIdSchema = z.uuid('A workspace id is a UUID')

// Paths users paste from Twenty's API docs; the client adds them itself.
const API_PATH_SUFFIX = /\/(?:rest\/metadata|rest|graphql|metadata)$/i
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * A workspace's base URL, normalised: http or https only, scheme added (`https://`) when missing, host
 * lower-cased, no user name or password, query or fragment (none may carry a secret), no trailing slash and
 * no trailing API path (`/rest`, `/graphql`, `/metadata`). `https://api.twenty.com` for Twenty Cloud.
 */
export const BaseUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the address of the workspace, e.g. https://api.twenty.com or https://crm.example.com')
  .max(2000, 'That address is too long')
  .transform((text) => (HAS_SCHEME.test(text) ? text : `https://${text}`))
  .pipe(
    z.url({
      protocol: /^https?$/,
      normalize: true,
      error: 'Enter an http:// or https:// address, e.g. https://crm.example.com',
    }),
  )
  .refine((url) => !/^https?:\/\/[^/]*@/i.test(url), 'The address must not contain a user name or password')
  .refine((url) => !/[?#]/.test(url), 'The address must not contain a query (?…) or fragment (#…)')
  .transform((url) => url.replace(/\/+$/, '').replace(API_PATH_SUFFIX, '').replace(/\/+$/, ''))

/** Normalises a base URL as BaseUrlSchema does; the message says what is wrong with the input. */
export function normalizeBaseUrl(text: string): { ok: true; url: string } | { ok: false; message: string } {
  const parsed = BaseUrlSchema.safeParse(text)
  if (parsed.success) return { ok: true, url: parsed.data }
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'That address is not valid' }
}

const NameSchema = z
  .string()
  .trim()
  .min(1, 'Give the workspace a name')
  .max(100, 'A workspace name has at most 100 characters')
const RateLimitSchema = z.number().int().min(1).max(100_000)
const BatchSizeSchema = z.number().int().min(1).max(MAX_BATCH_SIZE, `A batch holds at most ${MAX_BATCH_SIZE} records`)

/** A saved workspace connection, as stored in the app data folder. */
export const WorkspaceProfileSchema = z.object({
  id: WorkspaceIdSchema,
  name: NameSchema,
  baseUrl: BaseUrlSchema,
  /** Requests per minute Preflight allows itself against this workspace. */
  rateLimitPerMinute: RateLimitSchema.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  /** Records per batch write. */
  batchSize: BatchSizeSchema.default(DEFAULT_BATCH_SIZE),
  /** ISO timestamp of creation. */
  createdAt: z.iso.datetime(),
})
export type WorkspaceProfile = z.infer<typeof WorkspaceProfileSchema>

/** What the renderer sends to create (no id) or update (id) a profile. Strict: a stray `apiKey` is refused. */
export const WorkspaceDraftSchema = z
  .object({
    id: WorkspaceIdSchema.optional(),
    name: NameSchema,
    baseUrl: BaseUrlSchema,
    rateLimitPerMinute: RateLimitSchema.default(DEFAULT_RATE_LIMIT_PER_MINUTE),
    batchSize: BatchSizeSchema.default(DEFAULT_BATCH_SIZE),
  })
  .strict()
export type WorkspaceDraft = z.infer<typeof WorkspaceDraftSchema>

/** A profile as the renderer sees it: whether a key is stored, never the key. */
export const WorkspaceSummarySchema = z.object({
  id: WorkspaceIdSchema,
  name: z.string(),
  baseUrl: z.string(),
  rateLimitPerMinute: z.number(),
  batchSize: z.number(),
  createdAt: z.string(),
  hasKey: z.boolean(),
})
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>
