// The renderer's only way to reach main: the typed bridge the preload puts on `window.api`.
import type { PreflightApi } from '../../shared/ipc/api'

export const MISSING_API_MESSAGE =
  'Preflight cannot reach its main process: window.api is missing, so the preload script did not run. ' +
  'Start Preflight as the desktop app (or through the test harness), not by opening index.html directly.'

/** The bridge to main; throws when the page runs without the preload, which is a packaging error. */
export function getApi(): PreflightApi {
  const api = window.api
  if (!api) throw new Error(MISSING_API_MESSAGE)
  return api
}
