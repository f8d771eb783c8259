// Updates end to end in plain Node: a local HTTP server serves a real generic-provider feed (latest.yml and
// an installer), electron-updater's own updater reads, compares and downloads it (sha512 checked), behind
// the glue's port (src/main/glue/updater.ts), driven by the real scheduler. Only electron-updater's
// Electron side is stood in (test/support/node-updater.ts): the app, Electron's net, the installer run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UpdateView } from '../../src/shared/updates';
import { UpdateScheduler } from '../../src/main/core/updates/update-scheduler';
import { startAppUpdates, updaterPort } from '../../src/main/glue/updater';
import { until } from '../support/console';
import { NodeUpdater } from '../support/node-updater';
import { startUpdateFeed, type UpdateFeed } from '../support/update-feed';

function counterWith(feed: UpdateFeed, options: { version?: string; channel?: string; busy?: () => boolean } = {}) {
  const engine = new NodeUpdater(options.version ?? '1.0.0');
  const warnings: string[] = [];
  const views: Array<UpdateView | undefined> = [];
  const scheduler = new UpdateScheduler({
    updater: updaterPort(engine, { url: feed.url, ...(options.channel ? { channel: options.channel } : {}) }),
    busy: options.busy ?? (() => false),
    worksInShifts: () => true,
    onChange: () => views.push(scheduler.view()),
    log: { info: () => undefined, warn: (_, fields) => warnings.push(String(fields?.message)), error: () => undefined },
    retryInstallMs: 10,
  });
  return { engine, scheduler, warnings, views };
}

describe('updates from a generic feed', () => {
  it('finds the newer version, downloads it in the background and installs it at the end of the shift', async () => {
    const feed = await startUpdateFeed();
    const installer = feed.publish('1.4.0');
    const { engine, scheduler } = counterWith(feed);
    scheduler.start();
    scheduler.shiftStarted(); // a clerk is selling: the update must wait
    await until(() => scheduler.view()?.state === 'ready');
    expect(scheduler.view()).toEqual({ state: 'ready', version: '1.4.0', installsAt: 'shift-end' });
    expect(feed.requests).toEqual([
      expect.stringMatching(/^\/feed\/latest(-linux|-mac)?\.yml$/),
      '/feed/eSIM-Counter-1.4.0.AppImage',
    ]);
    expect(engine.record.installs).toEqual([]);

    scheduler.shiftEnded();
    expect(scheduler.view()).toEqual({ state: 'installing', version: '1.4.0' });
    expect(engine.record.installs).toHaveLength(1);
    const [install] = engine.record.installs;
    expect(install).toMatchObject({ isSilent: true, isForceRunAfter: true });
    expect(readFileSync(install!.installer!).equals(installer)).toBe(true); // the very bytes latest.yml described
    expect(engine.record.quits).toBe(1);
    scheduler.stop();
  });

  it('reads the channel the policy names, and never goes back a version', async () => {
    const feed = await startUpdateFeed();
    feed.publish('0.9.0');
    const { engine, scheduler, views } = counterWith(feed, { channel: 'beta' });
    scheduler.start();
    await until(() => feed.requests.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed.requests).toEqual([expect.stringMatching(/^\/feed\/beta(-linux|-mac)?\.yml$/)]);
    expect(engine.allowDowngrade).toBe(false);
    expect(views).toEqual([]);
    expect(scheduler.view()).toBeUndefined();
    scheduler.stop();
  });

  it('an installer that does not match latest.yml’s sha512 is never offered, let alone installed', async () => {
    const feed = await startUpdateFeed();
    feed.publish('1.4.0', { corrupt: true });
    const { engine, scheduler, warnings } = counterWith(feed);
    scheduler.start();
    await until(() => warnings.length > 0);
    expect(warnings[0]).toMatch(/sha512 checksum mismatch/);
    scheduler.shiftEnded();
    expect(scheduler.view()).toBeUndefined();
    expect(engine.record.installs).toEqual([]);
    scheduler.stop();
  });

  it('the version running now is not downloaded again', async () => {
    const feed = await startUpdateFeed();
    feed.publish('1.0.0');
    const { scheduler } = counterWith(feed);
    scheduler.start();
    await until(() => feed.requests.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed.requests.filter((path) => path.endsWith('.AppImage'))).toEqual([]);
    scheduler.stop();
  });

  it('without a feed in the policy there are no updates at all', () => {
    expect(startAppUpdates(undefined, { busy: () => false, worksInShifts: () => false, log: console })).toBeUndefined();
  });
});
