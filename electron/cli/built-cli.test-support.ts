// Runs the built CLI (out/main/cli.js) as a user's shell would, for the tests that drive `preflight` end to end:
// its exit code or signal, stdout and stderr, and a way to send it a signal part-way (SIGTERM, SIGKILL).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const CLI = join(resolve(__dirname, '../..'), 'out/main/cli.js')

export interface CliRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface StartedCli {
  readonly done: Promise<CliRun>
  kill(signal: NodeJS.Signals): void
}

/** Starts the CLI with `env` over this process's environment (a value of undefined removes the variable). */
export function startCli(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): StartedCli {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`)
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliRun>((resolveRun) =>
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr })),
  )
  return { done, kill: (signal) => child.kill(signal) }
}

export const runCli = (
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<CliRun> => startCli(args, env).done
