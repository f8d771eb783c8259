// The counter window's preload: exposes exactly the ConsoleApi contract as `window.esimCounter`, one named
// function per call and one per event. The renderer never gets ipcRenderer, a channel name or an event
// object; it cannot invoke anything outside the contract.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  CONSOLE_EVENTS,
  CONSOLE_METHODS,
  eventChannel,
  invokeChannel,
  subscriberName,
  type ConsoleBridge,
} from '../shared/channels';

const bridge: Record<string, unknown> = {};
for (const method of CONSOLE_METHODS) {
  bridge[method] = (...args: unknown[]) => ipcRenderer.invoke(invokeChannel(method), ...args);
}
for (const event of CONSOLE_EVENTS) {
  bridge[subscriberName(event)] = (listener: (payload: unknown) => void) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), forward);
    };
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge as ConsoleBridge));
