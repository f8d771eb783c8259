// What a packaged build offers at the keyboard, decided without Electron: the menu template and the keys
// that are swallowed. The glue that applies them is tested in hardening.test.ts and main-bundle.test.ts.
import { describe, expect, it } from 'vitest';
import { applicationMenu, isDeveloperShortcut, type KeyPress, type MenuEntry } from '../../src/main/core/lockdown';

const rolesIn = (entries: MenuEntry[]): string[] =>
  entries.flatMap((entry) => [
    ...('role' in entry && entry.role ? [entry.role] : []),
    ...('submenu' in entry ? rolesIn(entry.submenu) : []),
  ]);

describe('the application menu of a packaged build', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    '%s: copy, paste, select all and minimize; no reload, developer tools, zoom or web page',
    (platform) => {
      const menu = applicationMenu(platform, 'eSIM Counter');
      const roles = rolesIn(menu);
      expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'minimize']));
      for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom', 'help'])
        expect(roles).not.toContain(forbidden);
      // Only roles, labels and separators: no click handler, so nothing that could open a URL.
      expect(JSON.stringify(menu)).toBe(JSON.stringify(menu, (key, value) => (key === 'click' ? undefined : value)));
    },
  );

  it('on macOS starts with the app menu: About, Hide and Quit', () => {
    const [appMenu] = applicationMenu('darwin', 'eSIM Counter');
    expect(appMenu).toMatchObject({ label: 'eSIM Counter' });
    expect(rolesIn([appMenu!])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(applicationMenu('linux', 'eSIM Counter').map((entry) => ('label' in entry ? entry.label : ''))).toEqual([
      'Edit',
      'Window',
    ]);
  });
});

describe('the keys a packaged build swallows', () => {
  it.each<[string, KeyPress]>([
    ['F12', { key: 'F12' }],
    ['Ctrl+Shift+I', { key: 'I', code: 'KeyI', control: true, shift: true }],
    ['Ctrl+Shift+J', { key: 'J', code: 'KeyJ', control: true, shift: true }],
    ['Ctrl+Shift+C', { key: 'C', code: 'KeyC', control: true, shift: true }],
    ['Cmd+Option+I (the key reads ˆ with Option held)', { key: 'ˆ', code: 'KeyI', meta: true, alt: true }],
    ['Cmd+Shift+J', { key: 'j', code: 'KeyJ', meta: true, shift: true }],
    ['Ctrl+R', { key: 'r', code: 'KeyR', control: true }],
    ['Ctrl+Shift+R', { key: 'R', code: 'KeyR', control: true, shift: true }],
    ['Cmd+R', { key: 'r', code: 'KeyR', meta: true }],
    ['F5', { key: 'F5' }],
    ['Ctrl+F5', { key: 'F5', control: true }],
  ])('%s', (_name, press) => expect(isDeveloperShortcut(press)).toBe(true));

  it.each<[string, KeyPress]>([
    ['a letter', { key: 'i', code: 'KeyI' }],
    ['a capital letter', { key: 'I', code: 'KeyI', shift: true }],
    ['Ctrl+C (copy)', { key: 'c', code: 'KeyC', control: true }],
    ['Ctrl+V (paste)', { key: 'v', code: 'KeyV', control: true }],
    ['Ctrl+A (select all)', { key: 'a', code: 'KeyA', control: true }],
    [
      'AltGr+C on a Polish keyboard (Windows reports Ctrl+Alt), typing ć',
      { key: 'ć', code: 'KeyC', control: true, alt: true },
    ],
    ['F1 (the shortcut list)', { key: 'F1' }],
    ['Enter', { key: 'Enter' }],
    ['Escape', { key: 'Escape' }],
  ])('not %s', (_name, press) => expect(isDeveloperShortcut(press)).toBe(false));
});
