// Pure helpers of the Workspaces screen: live address checks, what a test result says, and where an error
// points (a bad key sends the user to the key field, a bad address to the address field).
import type { AppError } from '../../../../shared/ipc/result'
import type { WorkspaceTestReport } from '../../../../shared/workspace/workspace-connection'
import { normalizeBaseUrl } from '../../../../shared/workspace/workspace-profile'
import { formatDateTime, tn } from '../../format'
import { t } from '../../i18n'

/** What the address field says while the user types: an error, a warning, or nothing. */
export interface AddressCheck {
  readonly url: string | null
  readonly error: string | null
  readonly warning: string | null
}

export function checkAddress(text: string): AddressCheck {
  if (text.trim() === '') return { url: null, error: null, warning: null }
  const result = normalizeBaseUrl(text)
  if (!result.ok) return { url: null, error: result.message, warning: null }
  const warning = result.url.startsWith('http://') ? t('workspaces.httpWarning') : null
  return { url: result.url, error: null, warning }
}

/** Parses a whole number field; null when it is not a positive integer within `max`. */
export function parseCount(text: string, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const value = Number(text)
  return value >= 1 && value <= max ? value : null
}

export function formatFetchedAt(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatDateTime(date)
}

export function describeConnected(report: WorkspaceTestReport): string {
  return t('workspaces.connected', {
    objects: tn('workspaces.objects', report.objectCount),
    fetched: formatFetchedAt(report.fetchedAt),
  })
}

/** The field a failed test points at, so the screen can say where to fix it. */
export type ErrorTarget = 'key' | 'address' | 'rate' | null

export function errorTarget(error: AppError): ErrorTarget {
  switch (error.code) {
    case 'WORKSPACE_BAD_KEY':
    case 'WORKSPACE_NO_KEY':
    case 'WORKSPACE_PERMISSION':
      return 'key'
    case 'WORKSPACE_NOT_FOUND':
    case 'WORKSPACE_UNREACHABLE':
      return 'address'
    case 'WORKSPACE_RATE_LIMITED':
      return 'rate'
    default:
      return null
  }
}

/** A short hint after the main-process message, saying what to do next. */
export function errorHint(error: AppError): string {
  switch (errorTarget(error)) {
    case 'key':
      return t('workspaces.hintKey')
    case 'address':
      return t('workspaces.hintAddress')
    case 'rate':
      return t('workspaces.hintRate')
    default:
      return ''
  }
}
