// One Pacer per workspace for the whole process: Twenty spends every API-key request (lookups, metadata, writes,
// deletes) from one token bucket per workspace (contract 10.1), so everything that talks to a workspace shares it.
// Invariant: two base URLs that name the same server (case of the host, a trailing slash) get the same Pacer; the
// last rate set (the profile's, or `--rate`) is the rate of every request to that workspace from then on.
import { Pacer, realTiming, type Timing } from './pacer'

const pacers = new Map<string, Pacer>()

/** The key of a workspace: origin (host lower-cased, default port dropped) and path, no trailing slash. */
export function workspaceKeyOf(baseUrl: string): string {
  const url = new URL(baseUrl)
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/**
 * The workspace's Pacer, made on first use at `ratePerMinute`; a later call with another rate changes it for every
 * user of the workspace. `timing` applies only to a Pacer made by this call.
 */
export function pacerFor(baseUrl: string, ratePerMinute: number, timing: Timing = realTiming): Pacer {
  return pacerOf(baseUrl, ratePerMinute, timing).atRate(ratePerMinute)
}

/** The workspace's Pacer at whatever rate it runs, made at `rateIfNew` when there is none yet. */
export function pacerOf(baseUrl: string, rateIfNew: number, timing: Timing = realTiming): Pacer {
  const key = workspaceKeyOf(baseUrl)
  let pacer = pacers.get(key)
  if (pacer === undefined) {
    pacer = new Pacer(rateIfNew, timing)
    pacers.set(key, pacer)
  }
  return pacer
}
