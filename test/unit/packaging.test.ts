// The installers' configuration (electron-builder reads it at `npm run dist`, which cannot run here: the
// Electron binary cannot be downloaded). Checked against what the README promises a store owner, phrase by
// phrase, and against electron-builder's own configuration schema (the check `npm run dist` runs first).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The Installers section, its line breaks read as spaces. */
const installers = readme
  .slice(readme.indexOf('## Installers'), readme.indexOf('\n## ', readme.indexOf('## Installers') + 1))
  .replace(/\s+/g, ' ');
const fuses = config.electronFuses as Record<string, boolean>;
const targets = (platform: string) => config[platform]?.target as string[] | undefined;

/** Each promise of the README's Installers section, and what makes it true in the configuration. */
const PROMISES: Array<[phrase: string, holds: () => boolean]> = [
  ['Windows NSIS', () => targets('win')?.includes('nsis') === true],
  ['macOS dmg', () => targets('mac')?.includes('dmg') === true],
  ['Linux AppImage and deb', () => ['AppImage', 'deb'].every((target) => targets('linux')?.includes(target))],
  ['no run-as-node', () => fuses.runAsNode === false],
  [
    'no `NODE_OPTIONS` or inspect arguments',
    () => fuses.enableNodeOptionsEnvironmentVariable === false && fuses.enableNodeCliInspectArguments === false,
  ],
  ['cookie encryption', () => fuses.enableCookieEncryption === true],
  ['ASAR integrity validation', () => config.asar === true && fuses.enableEmbeddedAsarIntegrityValidation === true],
  ['loading only from the ASAR', () => fuses.onlyLoadAppFromAsar === true],
];

describe('packaging, as the README promises it', () => {
  it.each(PROMISES)('"%s" is promised and configured', (phrase, holds) => {
    expect(installers).toContain(phrase);
    expect(holds()).toBe(true);
  });

  it('grants no extra file:// privileges and loads no browser-specific snapshot (no fuse is left to its default)', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    expect(fuses.loadBrowserProcessSpecificV8Snapshot).toBe(false);
  });

  it('ships only the built app, with the icon the README shows', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!out/**/*.map']);
    for (const platform of ['win', 'mac', 'linux']) expect(config[platform].icon).toBe('resources/icon.png');
    expect(readFileSync(join(ROOT, 'resources/icon.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('is a configuration electron-builder accepts, and a broken one is refused', async () => {
    const require = createRequire(join(ROOT, 'node_modules/electron-builder/package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const broken = { ...config, win: { ...config.win, target: 'nsis', signAndEditExecutable: 'yes' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow('Invalid configuration object');
  });
});
