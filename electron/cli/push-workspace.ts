// Which workspace `preflight push`, `migrate` and `rollback` talk to, and with which key: PREFLIGHT_API_KEY when set
// (servers, CI), else the keychain item the app stores for the saved profile whose base URL equals --workspace;
// and the push session (main's PushSession) opened on it.
// Invariant: the key only ever goes into a CredentialStore; it is never printed or put in a message.
import { randomUUID } from 'node:crypto'
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  normalizeBaseUrl,
  WorkspaceProfileSchema,
  type WorkspaceProfile,
} from '../../shared/workspace/workspace-profile'
import { connectForPush } from '../main/push/sending/batch-request'
import type { PushSession } from '../main/push/push-prepared'
import { CredentialStore, KEYCHAIN_SERVICE } from '../main/storage/credential-store'
import { WorkspaceClient } from '../main/workspace/workspace-client'
import { WorkspaceProfiles } from '../main/workspace/workspace-profiles'
import { CliError } from './cli-args'

export const API_KEY_VARIABLE = 'PREFLIGHT_API_KEY'

export interface PushWorkspace {
  readonly profile: WorkspaceProfile
  readonly credentials: CredentialStore
}

export async function resolvePushWorkspace(address: string, env: NodeJS.ProcessEnv): Promise<PushWorkspace> {
  const normalized = normalizeBaseUrl(address)
  if (!normalized.ok) throw new CliError(`--workspace: ${normalized.message}`)
  const baseUrl = normalized.url
  const envKey = env[API_KEY_VARIABLE]?.trim()
  if (envKey) {
    const profile = WorkspaceProfileSchema.parse({
      id: randomUUID(),
      name: new URL(baseUrl).host,
      baseUrl,
      createdAt: new Date().toISOString(),
    })
    return { profile, credentials: fixedKeyStore(envKey) }
  }
  const profiles = await new WorkspaceProfiles(appDataDir(env)).list()
  const profile = profiles.find((p) => p.baseUrl === baseUrl)
  if (profile === undefined) {
    throw new CliError(
      `No saved workspace has the address ${baseUrl}: add it in Preflight, or set ${API_KEY_VARIABLE}.`,
    )
  }
  return { profile, credentials: new CredentialStore() }
}

/** The workspace to push into: its profile, a checked connection and, without --model, its live data model. */
export async function openPushSession(
  workspace: string,
  env: NodeJS.ProcessEnv,
  fetchModel: boolean,
): Promise<PushSession> {
  const { profile, credentials } = await resolvePushWorkspace(workspace, env)
  const connection = await connectForPush(profile, credentials)
  const model = fetchModel ? (await new WorkspaceClient(credentials).fetchWorkspaceModel(profile)).model : undefined
  return { profile, connection, model }
}

/** The app's data folder as Electron names it (userData for the app "preflight"), or PREFLIGHT_USER_DATA_DIR. */
export function appDataDir(env: NodeJS.ProcessEnv): string {
  if (env['PREFLIGHT_USER_DATA_DIR']) return env['PREFLIGHT_USER_DATA_DIR']
  const home = homedir()
  switch (process.platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'preflight')
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'preflight')
    default:
      return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'preflight')
  }
}

function fixedKeyStore(key: string): CredentialStore {
  return new CredentialStore(KEYCHAIN_SERVICE, () => ({
    getPassword: async () => key,
    setPassword: async () => {
      throw new Error('the key from the environment cannot be changed')
    },
    deletePassword: async () => false,
  }))
}
