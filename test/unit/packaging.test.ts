// The installers' configuration (electron-builder reads it at `npm run dist`; it cannot run here, where the
// Electron binary cannot be downloaded): the fuses Electron's security checklist asks for, and the targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(join(__dirname, '../../electron-builder.json'), 'utf8'));

describe('packaging', () => {
  it('flips the fuses: no run-as-node, no NODE_OPTIONS or inspect, encrypted cookies, ASAR integrity and ASAR only', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS for Windows, a dmg for macOS, AppImage and deb for Linux, with the app id, name and icon', () => {
    expect(config).toMatchObject({ appId: 'store.esimcounter.console', productName: 'eSIM Counter' });
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const platform of ['win', 'mac', 'linux']) expect(config[platform].icon).toBe('resources/icon.png');
    expect(readFileSync(join(__dirname, '../../resources/icon.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('ships only the built app', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!out/**/*.map']);
  });
});
