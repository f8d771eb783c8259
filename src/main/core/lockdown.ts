// What a packaged app offers at the keyboard. A counter is shared ground: developer tools would let anyone
// at the keyboard call the console with the page's own rights, and a reload throws a sale's screen away.
// So a packaged build has no developer tools, a menu of our own without reload, developer tools or zoom
// (and nothing that opens a web page), and their shortcuts do nothing. A development build keeps them all.
// Plain data and predicates here, tested without Electron; the glue applies them (glue/lockdown.ts).

/** The menu roles the app's own menu may use: none reloads, zooms, opens developer tools or a URL. */
type SafeMenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'minimize';

/** A menu entry, shaped as Electron's MenuItemConstructorOptions takes it. */
export type MenuEntry =
  | { role: SafeMenuRole }
  | { type: 'separator' }
  | { label: string; role?: 'appMenu' | 'editMenu' | 'windowMenu'; submenu: MenuEntry[] };

const separator: MenuEntry = { type: 'separator' };
const roles = (...names: SafeMenuRole[]): MenuEntry[] => names.map((role) => ({ role }));

/**
 * The application menu of a packaged build. On macOS the app menu (About, Hide, Quit) and an Edit menu
 * are what make Cmd+C/V/A work in text fields at all; elsewhere the counter window hides its menu bar, and
 * the Edit and Window menus only keep the usual keys working.
 */
export function applicationMenu(platform: NodeJS.Platform, appName: string): MenuEntry[] {
  const edit: MenuEntry = {
    label: 'Edit',
    submenu: [...roles('undo', 'redo'), separator, ...roles('cut', 'copy', 'paste', 'selectAll')],
  };
  const window: MenuEntry = { label: 'Window', submenu: roles('minimize') };
  if (platform !== 'darwin') return [edit, window];
  const app: MenuEntry = {
    label: appName,
    submenu: [...roles('about'), separator, ...roles('hide', 'hideOthers', 'unhide'), separator, ...roles('quit')],
  };
  return [app, edit, window];
}

/** A key press as Electron's before-input-event reports it. */
export interface KeyPress {
  key: string;
  code?: string;
  control?: boolean;
  meta?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/**
 * The letter pressed. By the key it types, not by its position: on Windows AltGr arrives as Ctrl+Alt, and
 * AltGr+C types "ć" on a Polish keyboard, which a clerk must still be able to type. Only with Cmd held
 * (macOS, where Option changes the key's character) is the position used.
 */
const letter = (press: KeyPress, wanted: string) =>
  press.key.toLowerCase() === wanted || (Boolean(press.meta) && press.code === `Key${wanted.toUpperCase()}`);

/**
 * The shortcuts a packaged build swallows: developer tools (F12; Ctrl/Cmd+Shift+I, J or C; Cmd+Option+I,
 * J or C on macOS) and reload (F5 with any modifier; Ctrl/Cmd+R, with or without Shift).
 */
export function isDeveloperShortcut(press: KeyPress): boolean {
  if (press.key === 'F12' || press.key === 'F5') return true;
  const command = Boolean(press.control || press.meta);
  if (!command) return false;
  if ((press.shift || press.alt) && ['i', 'j', 'c'].some((wanted) => letter(press, wanted))) return true;
  return letter(press, 'r');
}
