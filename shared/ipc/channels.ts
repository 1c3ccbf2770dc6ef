// The allow-list of everything that crosses between renderer and main. The preload imports only this file.

/** Renderer -> main request/response channels (`ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = [
  'app:info',
  'app:languages',
  'file:pick',
  'file:open',
  'file:cancel',
  'file:recent-list',
  'file:recent-remove',
  'workspace:list',
  'workspace:save',
  'workspace:remove',
  'workspace:set-key',
  'workspace:clear-key',
  'workspace:test',
  'workspace:model',
  'workspace:data-model',
  'workspace:find-values',
  'project:save',
  'project:open',
  'project:keys',
  'export:write',
  'export:project',
  'export:project-cancel',
  'template:list',
  'template:save',
  'template:remove',
  'push:plan',
  'push:start',
  'push:project-start',
  'push:undo',
  'push:undo-project',
  'push:stop',
  'fix-sheet:read',
  'migrate:folder',
  'migrate:cancel',
] as const
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number]

/** Main -> renderer events (`webContents.send`). */
export const EVENT_CHANNELS = [
  'file:progress',
  'file:chunk',
  'file:done',
  'file:failed',
  'push:progress',
  'push:done',
  'push:project-progress',
  'push:project-done',
  'push:lookup',
  'push:undo-progress',
  'push:undo-done',
  'export:project-progress',
  'migrate:progress',
  'app:open-path',
] as const
export type EventChannel = (typeof EVENT_CHANNELS)[number]

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value)
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value)
}
