// Compile-time checks of the renderer's view of the contract (npm run typecheck runs vue-tsc on this file).
import type { PreflightApi } from '../../shared/ipc/api'

export function contractChecks(api: PreflightApi): void {
  // @ts-expect-error a channel outside the allow-list does not compile
  void api.invoke('fs:delete-everything', {})
  // @ts-expect-error file:open needs a path
  void api.invoke('file:open', {})
  void api.invoke('file:open', { path: '/tmp/a.csv' }).then((result) => {
    // The reply's type follows the channel: a jobId on success, an error code otherwise.
    const id: string = result.ok ? result.value.jobId : result.error.code
    return id
  })
}
