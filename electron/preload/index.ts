// The allow-listed bridge: generic invoke/on over the channels in shared/ipc/channels, nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { isEventChannel, isInvokeChannel } from '../../shared/ipc/channels'
import type { PreflightApi } from '../../shared/ipc/api'

const api: PreflightApi = {
  invoke: (channel, input) => {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`channel not allowed: ${String(channel)}`))
    return ipcRenderer.invoke(channel, input)
  },
  on: (channel, listener) => {
    if (!isEventChannel(channel)) throw new Error(`channel not allowed: ${String(channel)}`)
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never)
    ipcRenderer.on(channel, wrapped)
    return () => ipcRenderer.removeListener(channel, wrapped)
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
}

contextBridge.exposeInMainWorld('api', api)
