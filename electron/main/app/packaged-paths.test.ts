// Main finds the unpacked worker scripts beside the app's asar archive once packaged.
import { describe, expect, it } from 'vitest'
import { unpackedPath } from './packaged-paths'

describe('unpackedPath', () => {
  it('moves a path inside app.asar to app.asar.unpacked', () => {
    expect(unpackedPath('/opt/Preflight/resources/app.asar/out/main', '/')).toBe(
      '/opt/Preflight/resources/app.asar.unpacked/out/main',
    )
    expect(unpackedPath('C:\\Program Files\\Preflight\\resources\\app.asar\\out\\main', '\\')).toBe(
      'C:\\Program Files\\Preflight\\resources\\app.asar.unpacked\\out\\main',
    )
  })

  it('leaves an unpackaged path, or one that merely contains the words, alone', () => {
    expect(unpackedPath('/work/main/out/main', '/')).toBe('/work/main/out/main')
    expect(unpackedPath('/work/my.app.asar.backup/out/main', '/')).toBe('/work/my.app.asar.backup/out/main')
    expect(unpackedPath('/opt/Preflight/resources/app.asar.unpacked/out/main', '/')).toBe(
      '/opt/Preflight/resources/app.asar.unpacked/out/main',
    )
  })
})
