// `preflight push` reading its key from the real OS keychain (a private gnome-keyring: `npm run test:keychain`),
// for the profile the app saved, found by its normalised address.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startWorkspaceServer } from '../../e2e/workspace-server/workspace-server'
import { CredentialStore } from '../main/storage/credential-store'
import { WorkspaceProfiles } from '../main/workspace/workspace-profiles'

const ROOT = resolve(__dirname, '../..')
const MODEL_PATH = join(ROOT, 'e2e/data/workspace-model.json')
const KEY = 'pf_keychain_3e8b1d5f7a'

function run(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PREFLIGHT_USER_DATA_DIR: dataDir }
  delete env['PREFLIGHT_API_KEY']
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], { env }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

describe('preflight push with the key from the keychain', () => {
  it('uses the key stored for the saved workspace of that address, and exits 2 once it is cleared', async () => {
    const server = await startWorkspaceServer({ model: JSON.parse(await readFile(MODEL_PATH, 'utf8')), apiKey: KEY })
    const dir = await mkdtemp(join(tmpdir(), 'preflight-push-keychain-'))
    const credentials = new CredentialStore()
    const profile = await new WorkspaceProfiles(dir).save({
      name: 'Loopback',
      baseUrl: `${server.url}/rest`,
      rateLimitPerMinute: 100,
      batchSize: 60,
    })
    try {
      await credentials.setKey(profile.id, KEY)
      const file = join(dir, 'people.csv')
      await writeFile(file, 'Email,First Name\nada@example.com,Ada\n')
      const args = ['push', file, '--object', 'people', '--workspace', `${server.url}/`, '--model', MODEL_PATH]
      const pushed = await run(args, dir)
      expect(pushed.stderr).toBe('')
      expect(pushed.code).toBe(0)
      expect(JSON.parse(pushed.stdout)).toMatchObject({ created: 1, failed: 0, rejected: 0 })
      expect(server.records('people').map((r) => (r['emails'] as { primaryEmail: string }).primaryEmail)).toEqual([
        'ada@example.com',
      ])

      await credentials.clearKey(profile.id)
      const without = await run([...args, '--dry-run'], dir)
      expect(without.code).toBe(2)
      expect(without.stderr.trim().split('\n')).toEqual([expect.stringMatching(/No API key is stored for Loopback/)])
    } finally {
      await credentials.clearKey(profile.id)
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
