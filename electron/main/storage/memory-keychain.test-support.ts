// An in-process stand-in for keytar, for tests and the browser harness: the same three calls, kept in a Map
// per (service, account). Never used by the app itself; the real keychain test covers keytar.
import { CredentialStore, KEYCHAIN_SERVICE } from './credential-store'

export class MemoryKeychain {
  readonly items = new Map<string, string>()

  async getPassword(service: string, account: string): Promise<string | null> {
    return this.items.get(`${service}\u0000${account}`) ?? null
  }

  async setPassword(service: string, account: string, password: string): Promise<void> {
    this.items.set(`${service}\u0000${account}`, password)
  }

  async deletePassword(service: string, account: string): Promise<boolean> {
    return this.items.delete(`${service}\u0000${account}`)
  }
}

/** A CredentialStore over a fresh MemoryKeychain, returned beside it so a test can look inside. */
export function memoryCredentialStore(): { store: CredentialStore; keychain: MemoryKeychain } {
  const keychain = new MemoryKeychain()
  return { store: new CredentialStore(KEYCHAIN_SERVICE, () => keychain), keychain }
}
