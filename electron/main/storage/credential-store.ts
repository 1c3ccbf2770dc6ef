// Workspace API keys in the OS keychain (keytar): one item per workspace under the service "Preflight".
// Only main reads keys; callers outside main learn whether a key is stored, never the key itself.
import { createRequire } from 'node:module'

export const KEYCHAIN_SERVICE = 'Preflight'

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

let keytar: Keytar | undefined

// keytar is a native addon: required at run time (never bundled) and only when a key is needed, so a
// missing Secret Service on Linux degrades the workspace features instead of stopping the app.
function loadKeytar(): Keytar {
  keytar ??= createRequire(__filename)('keytar') as Keytar
  return keytar
}

export class CredentialStore {
  constructor(
    private readonly service = KEYCHAIN_SERVICE,
    private readonly backend: () => Keytar = loadKeytar,
  ) {}

  /** Stores or replaces the key of a workspace. */
  async setKey(workspaceId: string, apiKey: string): Promise<void> {
    if (apiKey.trim() === '') throw new Error('an API key cannot be empty')
    await this.backend().setPassword(this.service, workspaceId, apiKey.trim())
  }

  /** The key itself: for main's workspace client only, never for IPC replies. */
  async readKey(workspaceId: string): Promise<string | null> {
    return this.backend().getPassword(this.service, workspaceId)
  }

  async hasKey(workspaceId: string): Promise<boolean> {
    return (await this.readKey(workspaceId)) !== null
  }

  /** Removes the key; false when none was stored. */
  async clearKey(workspaceId: string): Promise<boolean> {
    return this.backend().deletePassword(this.service, workspaceId)
  }
}
