// The workspace connections as the IPC handlers see them: profiles on disk, one keychain item per workspace,
// the data-model cache and the HTTP client, composed. Every value returned is free of keys by construction:
// summaries report hasKey, never the key, and the key is read only inside WorkspaceClient.
import type { WorkspaceModel } from '../../../shared/model/workspace-model'
import type { AppError } from '../../../shared/ipc/result'
import type {
  WorkspaceList,
  WorkspaceModelSummary,
  WorkspaceTestReport,
} from '../../../shared/workspace/workspace-connection'
import type { WorkspaceDraft, WorkspaceProfile, WorkspaceSummary } from '../../../shared/workspace/workspace-profile'
import type { CredentialStore } from '../storage/credential-store'
import { keychainUnavailable, WorkspaceClient, type WorkspaceClientOptions } from './workspace-client'
import { redactSecret, WorkspaceError } from './workspace-errors'
import { WorkspaceModelCache } from './workspace-model-cache'
import { WorkspaceProfiles } from './workspace-profiles'

const MAX_WARNINGS = 100

export interface WorkspacesDeps extends WorkspaceClientOptions {
  readonly dataDir: string
  readonly credentials: CredentialStore
}

export class Workspaces {
  readonly profiles: WorkspaceProfiles
  readonly models: WorkspaceModelCache
  readonly client: WorkspaceClient
  private readonly credentials: CredentialStore

  constructor(deps: WorkspacesDeps) {
    this.profiles = new WorkspaceProfiles(deps.dataDir)
    this.models = new WorkspaceModelCache(deps.dataDir)
    this.client = new WorkspaceClient(deps.credentials, deps)
    this.credentials = deps.credentials
  }

  /** Every profile with whether a key is stored; when the keychain cannot be read, says why. */
  async list(): Promise<WorkspaceList> {
    const profiles = await this.profiles.list()
    let keychainError: AppError | null = null
    const workspaces: WorkspaceSummary[] = []
    for (const profile of profiles) {
      let hasKey = false
      if (keychainError === null) {
        try {
          hasKey = await this.credentials.hasKey(profile.id)
        } catch (error) {
          const failure = keychainUnavailable(error)
          keychainError = { code: failure.code, message: failure.message }
        }
      }
      workspaces.push(summaryOf(profile, hasKey))
    }
    return { workspaces, keychainError }
  }

  /** Creates or updates a profile. A new address drops the cached model, which described the old one. */
  async save(draft: WorkspaceDraft): Promise<WorkspaceSummary> {
    const before = draft.id === undefined ? undefined : await this.profiles.get(draft.id)
    const profile = await this.profiles.save(draft)
    if (before !== undefined && before.baseUrl !== profile.baseUrl) await this.models.removeCachedModel(profile.id)
    return summaryOf(profile, before !== undefined && (await this.hasKeyIfReadable(profile.id)))
  }

  /** Removes the profile, its cached model and its key; a keychain failure leaves the key, not the profile. */
  async remove(workspaceId: string): Promise<WorkspaceList> {
    await this.profiles.remove(workspaceId)
    await this.models.removeCachedModel(workspaceId)
    try {
      await this.credentials.clearKey(workspaceId)
    } catch (error) {
      console.warn(
        `[workspaces] could not clear the key of removed workspace ${workspaceId}: ${keychainUnavailable(error).message}`,
      )
    }
    return this.list()
  }

  async setKey(workspaceId: string, apiKey: string): Promise<WorkspaceSummary> {
    const profile = await this.profileOf(workspaceId)
    try {
      await this.credentials.setKey(workspaceId, apiKey)
    } catch (error) {
      throw keychainUnavailable(error instanceof Error ? new Error(redactSecret(error.message, apiKey)) : error)
    }
    return summaryOf(profile, true)
  }

  async clearKey(workspaceId: string): Promise<{ workspace: WorkspaceSummary; cleared: boolean }> {
    const profile = await this.profileOf(workspaceId)
    let cleared: boolean
    try {
      cleared = await this.credentials.clearKey(workspaceId)
    } catch (error) {
      throw keychainUnavailable(error)
    }
    return { workspace: summaryOf(profile, false), cleared }
  }

  /** Reads the workspace's data model with its stored key and caches it: the "Test connection" button. */
  async testConnection(workspaceId: string): Promise<WorkspaceTestReport> {
    const profile = await this.profileOf(workspaceId)
    const fetched = await this.client.fetchWorkspaceModel(profile)
    // The profile may have been removed or pointed elsewhere while the request ran: cache nothing then.
    const current = await this.profiles.get(workspaceId)
    if (current?.baseUrl !== profile.baseUrl) {
      throw new WorkspaceError(
        'WORKSPACE_UNKNOWN',
        `${profile.name} was changed or removed while it was being tested; test it again.`,
      )
    }
    const cached = await this.models.writeCachedModel(workspaceId, fetched.model, fetched.fetchedAt)
    return {
      objectCount: cached.model.objects.length,
      fetchedAt: cached.fetchedAt,
      warnings: fetched.warnings.slice(0, MAX_WARNINGS),
    }
  }

  /** The cached model in full with its fetch date, or null when there is none (or it is damaged). */
  async cachedModel(workspaceId: string): Promise<{ model: WorkspaceModel; fetchedAt: string } | null> {
    const cached = await this.models.readCachedModel(workspaceId)
    return cached === null ? null : { model: cached.model, fetchedAt: cached.fetchedAt }
  }

  /** The cached model, summarised; null when there is none (or it is damaged). */
  async modelSummary(workspaceId: string): Promise<WorkspaceModelSummary | null> {
    const cached = await this.models.readCachedModel(workspaceId)
    if (cached === null) return null
    return {
      fetchedAt: cached.fetchedAt,
      objects: cached.model.objects.map((o) => ({
        nameSingular: o.nameSingular,
        namePlural: o.namePlural,
        labelSingular: o.labelSingular,
        labelPlural: o.labelPlural,
        isCustom: o.isCustom,
        fieldCount: o.fields.length,
      })),
    }
  }

  private async profileOf(workspaceId: string): Promise<WorkspaceProfile> {
    const profile = await this.profiles.get(workspaceId)
    if (profile === undefined)
      throw new WorkspaceError('WORKSPACE_UNKNOWN', 'This workspace is no longer saved; it may have been removed.')
    return profile
  }

  // A saved profile is worth reporting even when the keychain is down; list() says why hasKey is false.
  private async hasKeyIfReadable(workspaceId: string): Promise<boolean> {
    try {
      return await this.credentials.hasKey(workspaceId)
    } catch {
      return false
    }
  }
}

function summaryOf(profile: WorkspaceProfile, hasKey: boolean): WorkspaceSummary {
  return {
    id: profile.id,
    name: profile.name,
    baseUrl: profile.baseUrl,
    rateLimitPerMinute: profile.rateLimitPerMinute,
    batchSize: profile.batchSize,
    createdAt: profile.createdAt,
    hasKey,
  }
}
