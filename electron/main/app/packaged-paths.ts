// Where files unpacked from the app's asar archive live once packaged. The worker scripts and what they load
// are unpacked (package.json "build".asarUnpack) so worker threads run from plain files, never from the
// archive; main finds them in `app.asar.unpacked` beside `app.asar`. Unpackaged (npm start, tests), paths
// contain no `app.asar` segment and are returned as they are.
import { sep } from 'node:path'

/** `…/resources/app.asar/out/main` -> `…/resources/app.asar.unpacked/out/main`; any other path unchanged. */
export function unpackedPath(path: string, separator: string = sep): string {
  const segments = path.split(separator)
  const at = segments.lastIndexOf('app.asar')
  if (at < 0) return path
  segments[at] = 'app.asar.unpacked'
  return segments.join(separator)
}
