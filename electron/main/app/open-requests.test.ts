// Which command-line arguments are files to open, and the queue that holds them until the window can take them.
import { describe, expect, it } from 'vitest'
import { isOpenablePath, OpenRequestQueue, pathsFromArgv } from './open-requests'

describe('pathsFromArgv', () => {
  const cwd = '/home/ana/clients'

  it('takes the files after the packaged executable, made absolute against the launch folder', () => {
    expect(
      pathsFromArgv(['/opt/Preflight/preflight', 'acme.preflight', '/data/people.csv'], { cwd, defaultApp: false }),
    ).toEqual(['/home/ana/clients/acme.preflight', '/data/people.csv'])
  })

  it('skips the app itself when run unpackaged (electron <app> <file>)', () => {
    expect(pathsFromArgv(['/x/electron', 'out/main/index.js', 'acme.preflight'], { cwd, defaultApp: true })).toEqual([
      '/home/ana/clients/acme.preflight',
    ])
    expect(pathsFromArgv(['/x/electron', '.'], { cwd, defaultApp: true })).toEqual([])
  })

  it('ignores switches Chromium and the OS add, and files the app does not open', () => {
    const argv = [
      '/opt/Preflight/preflight',
      '--no-sandbox',
      '--allow-file-access-from-files',
      '--user-data-dir=/tmp/x.csv',
      'notes.pdf',
      'Q3 deals.XLSX',
      'acme.preflight',
      'acme.preflight',
    ]
    expect(pathsFromArgv(argv, { cwd, defaultApp: false })).toEqual([
      '/home/ana/clients/Q3 deals.XLSX',
      '/home/ana/clients/acme.preflight',
    ])
  })

  it('reads file:// URLs, as a Linux desktop entry (%U) may pass them, and ignores other URLs', () => {
    expect(
      pathsFromArgv(['/opt/Preflight/preflight', '--no-sandbox', 'file:///home/ana/Q3%20deals.preflight'], {
        cwd,
        defaultApp: false,
      }),
    ).toEqual(['/home/ana/Q3 deals.preflight'])
    expect(
      pathsFromArgv(['/opt/Preflight/preflight', 'https://example.com/a.csv', 'file://not a url.csv'], {
        cwd,
        defaultApp: false,
      }),
    ).toEqual([])
  })

  it('gives nothing for a plain launch', () => {
    expect(pathsFromArgv(['/opt/Preflight/preflight'], { cwd, defaultApp: false })).toEqual([])
    expect(pathsFromArgv([], { cwd, defaultApp: false })).toEqual([])
  })
})

describe('isOpenablePath', () => {
  it('knows projects and the spreadsheets the Open dialog offers, in any case', () => {
    for (const name of ['a.preflight', 'a.csv', 'a.TSV', 'a.txt', 'a.xlsx', 'a.xlsm', 'a.xls'])
      expect(isOpenablePath(name)).toBe(true)
    for (const name of ['a.preflight.previous', 'a.pdf', 'preflight', 'a.push-journal'])
      expect(isOpenablePath(name)).toBe(false)
  })
})

describe('OpenRequestQueue', () => {
  it('holds requests until the window is ready, then hands each over once, in order', () => {
    const queue = new OpenRequestQueue()
    const received: string[] = []
    queue.request(['/a.preflight'])
    queue.request(['/b.csv'])
    expect(queue.pending).toEqual(['/a.preflight', '/b.csv'])
    queue.ready((path) => received.push(path))
    expect(received).toEqual(['/a.preflight', '/b.csv'])
    expect(queue.pending).toEqual([])
    queue.request(['/c.preflight'])
    expect(received).toEqual(['/a.preflight', '/b.csv', '/c.preflight'])
  })

  it('holds requests again while the window is away', () => {
    const queue = new OpenRequestQueue()
    const first: string[] = []
    const second: string[] = []
    queue.ready((path) => first.push(path))
    queue.notReady()
    queue.request(['/a.preflight'])
    expect(first).toEqual([])
    queue.ready((path) => second.push(path))
    expect(second).toEqual(['/a.preflight'])
  })
})
