// The one global the renderer relies on: the preload exposes the console bridge under BRIDGE_GLOBAL
// ('esimCounter'). Optional on purpose: the page can be opened without the preload, and main.tsx says so.
/// <reference types="vite/client" />
import type { ConsoleBridge } from '../../shared/channels';

declare global {
  interface Window {
    readonly esimCounter?: ConsoleBridge;
  }
}

export {};
