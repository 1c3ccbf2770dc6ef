// Electron's transport for the contract: one ipcMain.handle per invoke channel, refusing frames that are
// not our own page, and a send function for events.
import { ipcMain, type BrowserWindow } from 'electron'
import { INVOKE_CHANNELS, type EventChannel } from '../../../shared/ipc/channels'
import { fail } from '../../../shared/ipc/result'
import { isAppPage } from '../window'
import { dispatch, type Handlers } from './dispatch'

export function registerIpc(handlers: Handlers): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isAppPage(event.senderFrame?.url)) {
        return fail('IPC_FORBIDDEN', `Refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`)
      }
      return dispatch(handlers, channel, input)
    })
  }
}

export function windowSender(getWindow: () => BrowserWindow | undefined) {
  return (channel: EventChannel, payload: unknown): void => {
    const window = getWindow()
    if (window && !window.isDestroyed()) window.webContents.send(channel, payload)
  }
}
