// The customer display's preload: it only receives what to show. No call into main exists here, so the
// customer-facing window cannot start, change or read anything, whatever runs in it.
import { contextBridge, ipcRenderer } from 'electron';
import { CUSTOMER_GLOBAL, CUSTOMER_VIEW_CHANNEL, type CustomerBridge } from '../shared/channels';

const bridge: CustomerBridge = {
  onView(listener) {
    const forward = (_event: unknown, view: Parameters<typeof listener>[0]) => listener(view);
    ipcRenderer.on(CUSTOMER_VIEW_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(CUSTOMER_VIEW_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(CUSTOMER_GLOBAL, Object.freeze(bridge));
