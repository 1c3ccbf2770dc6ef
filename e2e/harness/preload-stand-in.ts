// What the harness puts where Electron's preload would be: the same `window.api` shape over Playwright's
// binding instead of ipcRenderer. Serialised into the page as an init script, so it must be self-contained.
import { decodeWireInPage } from './wire'

export const INVOKE_BINDING = '__preflightInvoke'

export function preloadStandInScript(): string {
  return `(() => {
  const decode = ${decodeWireInPage.toString()};
  const listeners = new Map();
  const harness = {
    emit(channel, wire) {
      const payload = decode(wire);
      for (const listener of [...(listeners.get(channel) || [])]) listener(payload);
    },
    dropped: {},
    received: [],
  };
  Object.defineProperty(window, '__preflightHarness', { value: harness });
  const api = {
    invoke: (channel, input) => window.${INVOKE_BINDING}(channel, input).then(decode),
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return () => listeners.get(channel).delete(listener);
    },
    pathForFile: (file) => harness.dropped[file.name] || '',
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api) });
})();`
}
