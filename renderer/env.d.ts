// Globals the renderer relies on: Vite's client types and the bridge the preload exposes as `window.api`.
/// <reference types="vite/client" />
import type { PreflightApi } from '../shared/ipc/api'

declare global {
  interface Window {
    /** Set by the preload script; absent when the page is opened without it. */
    readonly api?: PreflightApi
  }
}

export {}
