// The customer display's window in the Electron glue, with electron replaced by a recorder: it follows
// displays being plugged and unplugged, never takes focus when shown, and keeps the display awake exactly
// while a sale is on it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerView } from '../../src/shared/customer-view';

interface Display {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}
const world = vi.hoisted(() => ({
  displays: [] as Display[],
  screen: undefined as unknown as { emit(event: string): boolean },
  windows: [] as Array<{ bounds: unknown; shownInactive: boolean; destroyed: boolean; sent: unknown[] }>,
  blockers: new Set<number>(),
  nextBlocker: 1,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const screen = Object.assign(new Emitter(), {
    getAllDisplays: () => world.displays,
    getPrimaryDisplay: () => world.displays[0] ?? { id: -1 },
  });
  world.screen = screen;
  class BrowserWindow extends Emitter {
    record = { bounds: undefined as unknown, shownInactive: false, destroyed: false, sent: [] as unknown[] };
    webContents = Object.assign(new Emitter(), {
      send: (_channel: string, view: unknown) => this.record.sent.push(view),
    });
    constructor(options: { x: number; y: number; width: number; height: number }) {
      super();
      this.record.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
      world.windows.push(this.record);
    }
    setBounds(bounds: unknown) {
      this.record.bounds = bounds;
    }
    showInactive() {
      this.record.shownInactive = true;
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
    loadURL() {
      this.emit('ready-to-show');
      return Promise.resolve();
    }
  }
  const powerSaveBlocker = {
    start: () => {
      const id = world.nextBlocker++;
      world.blockers.add(id);
      return id;
    },
    stop: (id: number) => world.blockers.delete(id),
  };
  const app = { isPackaged: true };
  const electron = { app, BrowserWindow, screen, powerSaveBlocker };
  return { ...electron, default: electron };
});

const { CustomerWindow } = await import('../../src/main/glue/customer-window');

const clerkScreen: Display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const customerScreen: Display = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 800 } };
const welcome = { screen: 'welcome', language: 'en', storeName: 'Shop' } as unknown as CustomerView;
const scanning = { ...welcome, screen: 'scan' } as unknown as CustomerView;

const customerWindow = (setting: 'auto' | number) =>
  new CustomerWindow({
    preload: '/app/preload/customer.js',
    url: 'app://counter/customer.html',
    setting: () => setting,
    view: () => welcome,
  });

function plug(displays: Display[]): void {
  world.displays = displays;
  world.screen.emit(displays.length > 1 ? 'display-added' : 'display-removed');
}

describe('the customer display window', () => {
  beforeEach(() => {
    world.windows.length = 0;
    world.blockers.clear();
    world.displays = [clerkScreen];
  });

  it('opens on the second display when it is plugged in, without focus, and closes when it is unplugged', () => {
    const customer = customerWindow('auto');
    customer.place();
    expect(world.windows).toHaveLength(0); // one screen: the clerk's window serves the customer

    plug([clerkScreen, customerScreen]);
    expect(world.windows).toHaveLength(1);
    expect(world.windows[0]).toMatchObject({ bounds: customerScreen.bounds, shownInactive: true });

    plug([clerkScreen]);
    expect(world.windows[0]?.destroyed).toBe(true);
    plug([clerkScreen, customerScreen]);
    expect(world.windows).toHaveLength(2);
    expect(world.windows[1]?.destroyed).toBe(false);
  });

  it('keeps the display awake from the first screen of a sale until it is back to welcome, once', () => {
    const customer = customerWindow('auto');
    customer.show(welcome);
    expect(world.blockers.size).toBe(0);
    customer.show({ ...welcome, screen: 'confirm' } as unknown as CustomerView);
    customer.show(scanning);
    expect(world.blockers.size).toBe(1);
    customer.show(welcome);
    expect(world.blockers.size).toBe(0);
  });

  it('sends each view to the window it opened', () => {
    world.displays = [clerkScreen, customerScreen];
    const customer = customerWindow(2);
    customer.place();
    customer.show(scanning);
    expect(world.windows[0]?.sent).toEqual([scanning]);
  });
});
