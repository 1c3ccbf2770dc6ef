// What the renderer may send and learn about a workspace connection: the API key going in (the only place a
// key appears in the contract), and replies that hold counts, names and times only, never a key.
import { z } from 'zod'
import { AppErrorSchema } from '../ipc/result'
import { WorkspaceIdSchema, WorkspaceSummarySchema } from './workspace-profile'

/**
 * Stable error codes of workspace calls, for the renderer to branch on. The message beside a code is plain
 * text naming the host, and never contains the key.
 */
export const WORKSPACE_ERROR_CODES = [
  /** 401, or 403 about the token: the key is wrong, expired or revoked. */
  'WORKSPACE_BAD_KEY',
  /** The key's role lacks a permission (400 "does not have permission", 403 forbidden resource). */
  'WORKSPACE_PERMISSION',
  /** 404 (or a redirect): the address is not a Twenty server's root. */
  'WORKSPACE_NOT_FOUND',
  /** DNS failure, connection refused, TLS failure or timeout; the message names the host. */
  'WORKSPACE_UNREACHABLE',
  /** 429, or 400 "Limit reached". */
  'WORKSPACE_RATE_LIMITED',
  /** 5xx. */
  'WORKSPACE_SERVER_ERROR',
  /** Not JSON, or not the shape Twenty answers with. */
  'WORKSPACE_BAD_RESPONSE',
  /** Any other 4xx: the server refused the request; the message quotes its reason. */
  'WORKSPACE_REJECTED',
  /** Every record of a batch refused for one reason (a field the workspace no longer has): the push stops, resumable. */
  'WORKSPACE_REFUSES_ALL',
  /** No API key is stored for the workspace. */
  'WORKSPACE_NO_KEY',
  /** No saved workspace has this id. */
  'WORKSPACE_UNKNOWN',
  /** The OS keychain could not be used (on Linux: no Secret Service, or a locked keyring). */
  'KEYCHAIN_UNAVAILABLE',
] as const
export type WorkspaceErrorCode = (typeof WORKSPACE_ERROR_CODES)[number]

/**
 * A workspace API key as pasted by the user: one line of printable ASCII (Twenty's keys are JWTs). Anything
 * else is refused before it reaches the keychain or an HTTP header; messages never repeat the input.
 */
export const ApiKeySchema = z
  .string()
  .trim()
  .min(1, 'Paste the API key')
  .max(8192, 'That is too long to be an API key')
  .regex(/^[\x21-\x7e]+$/, 'An API key is one line of letters, digits and punctuation, without spaces')

/** `workspace:set-key` input: the only request that carries a key (renderer to main, never back). */
export const SetKeyRequestSchema = z.object({ workspaceId: WorkspaceIdSchema, apiKey: ApiKeySchema }).strict()

/** Names one saved workspace: the input of every workspace channel but list, save and set-key. */
export const WorkspaceRefSchema = z.object({ workspaceId: WorkspaceIdSchema }).strict()

/** The saved workspaces; `keychainError` says why `hasKey` could not be read (all then show false). */
export const WorkspaceListSchema = z.object({
  workspaces: z.array(WorkspaceSummarySchema),
  keychainError: AppErrorSchema.nullable(),
})
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>

/** A successful `workspace:test`: the data model was read and cached. */
export const WorkspaceTestReportSchema = z.object({
  objectCount: z.number().int(),
  fetchedAt: z.string(),
  /** What the model leaves out or assumes, one sentence each (see parse-metadata). */
  warnings: z.array(z.string()),
})
export type WorkspaceTestReport = z.infer<typeof WorkspaceTestReportSchema>

/** One object of a cached data model: its names and how many fields it has. */
export const CachedObjectSummarySchema = z.object({
  nameSingular: z.string(),
  namePlural: z.string(),
  labelSingular: z.string(),
  labelPlural: z.string(),
  isCustom: z.boolean(),
  fieldCount: z.number().int(),
})

/** The cached data model of a workspace, summarised; null when none was fetched (or the cache is damaged). */
export const WorkspaceModelSummarySchema = z.object({
  fetchedAt: z.string(),
  objects: z.array(CachedObjectSummarySchema),
})
export type WorkspaceModelSummary = z.infer<typeof WorkspaceModelSummarySchema>
