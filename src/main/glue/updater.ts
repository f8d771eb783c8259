// The Electron side of updates: electron-updater's autoUpdater behind the UpdaterPort the scheduler
// drives (core/updates/update-scheduler.ts decides when). The feed is the policy's updateUrl, read with
// electron-updater's generic provider (`<url>/<channel>.yml`, latest.yml by default, and the installers
// beside it); without a policy URL nothing here is ever created and no check is made.
import { autoUpdater, type AppUpdater } from 'electron-updater';
import type { Logger } from '../core/log/logger';
import { UpdateScheduler, type UpdateSchedulerOptions, type UpdaterPort } from '../core/updates/update-scheduler';

/** The part of electron-updater's AppUpdater used here (any of its platform updaters, or a test's). */
export type UpdaterEngine = Pick<AppUpdater, 'setFeedURL' | 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall'> & {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  channel: string | null;
};

export interface UpdateFeed {
  url: string;
  channel?: string;
}

export function updaterPort(engine: UpdaterEngine, feed: UpdateFeed): UpdaterPort {
  // The scheduler downloads when it decides to; an update left downloaded installs when the app quits too
  // (a quit is the clerk's own choice, never in the middle of a sale the app is running).
  engine.autoDownload = false;
  engine.autoInstallOnAppQuit = true;
  engine.setFeedURL({ provider: 'generic', url: feed.url, ...(feed.channel ? { channel: feed.channel } : {}) });
  if (feed.channel) engine.channel = feed.channel;
  // Setting a channel allows downgrades in electron-updater; a counter never goes back a version by itself.
  engine.allowDowngrade = false;
  return {
    async check() {
      const result = await engine.checkForUpdates();
      return result?.isUpdateAvailable ? result.updateInfo.version : undefined;
    },
    async download() {
      await engine.downloadUpdate();
    },
    // Silent, and the new version starts by itself once installed.
    install: () => engine.quitAndInstall(true, true),
  };
}

/**
 * The app's updates, from the policy's feed: none at all without one (autoUpdater is not even touched).
 * electron-updater's own lines go to our redacted log, warnings and errors only.
 */
export function startAppUpdates(
  feed: UpdateFeed | undefined,
  options: Omit<UpdateSchedulerOptions, 'updater' | 'log'> & { log: Logger },
): UpdateScheduler | undefined {
  if (!feed) return undefined;
  const { log } = options;
  autoUpdater.logger = {
    info: () => undefined,
    warn: (message: unknown) => log.warn('updater', { message: String(message) }),
    error: (message: unknown) => log.warn('updater', { message: String(message) }),
  };
  const scheduler = new UpdateScheduler({ ...options, updater: updaterPort(autoUpdater, feed) });
  scheduler.start();
  return scheduler;
}
