// electron-updater in plain Node, for tests: its own updater logic (the generic provider reading
// latest.yml, the version comparison, the download into its cache with the sha512 check) runs unchanged;
// only its Electron side is stood in: the app (version, paths, quit), the network (Node's http instead of
// Electron's net) and the installer (recorded instead of run).
import type { ClientRequest } from 'node:http';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configureRequestOptions,
  configureRequestUrl,
  HttpExecutor,
  type DownloadOptions,
  type RequestHeaders,
  type UpdateInfo,
} from 'builder-util-runtime';
import { BaseUpdater, type Provider } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import type { DownloadExecutorResult, DownloadUpdateOptions } from 'electron-updater/out/AppUpdater';
import type { InstallOptions } from 'electron-updater/out/BaseUpdater';

/** Electron's net stood in by Node's http (the feed in tests is on loopback, plain http). */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: object, callback: (response: unknown) => void): ClientRequest {
    return httpRequest(options, callback);
  }

  /** As ElectronHttpExecutor.download: into `destination`, checked against the sha512 in `options`. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: (options.headers ?? undefined) as RequestHeaders | undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

export interface StandInRecord {
  installs: Array<InstallOptions & { installer: string | null }>;
  quits: number;
}

/** The app as electron-updater sees it: a packaged `version`, its folders, and a quit that is recorded. */
function standInApp(version: string, record: StandInRecord): AppAdapter {
  const home = mkdtempSync(join(tmpdir(), 'esim-counter-updater-'));
  // electron-builder writes this file into a packaged app (it names the updater's cache folder).
  const configPath = join(home, 'app-update.yml');
  writeFileSync(
    configPath,
    'provider: generic\nurl: https://updates.invalid/\nupdaterCacheDirName: esim-counter-updater\n',
  );
  return {
    version,
    name: 'esim-counter',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(home, 'user-data'),
    baseCachePath: join(home, 'cache'),
    whenReady: async () => undefined,
    relaunch: () => undefined,
    quit: () => void record.quits++,
    onQuit: () => undefined,
  };
}

export class NodeUpdater extends BaseUpdater {
  readonly record: StandInRecord;

  constructor(version: string) {
    const record: StandInRecord = { installs: [], quits: 0 };
    super(undefined, standInApp(version, record));
    this.record = record;
    (this as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor = new NodeHttpExecutor();
    this.logger = null;
  }

  /** BaseUpdater's own, less the Electron event it emits: install, then quit the app. */
  override quitAndInstall(isSilent = false, isForceRunAfter = false): void {
    if (this.install(isSilent, isForceRunAfter)) this.app.quit();
  }

  protected override doDownloadUpdate(options: DownloadUpdateOptions): Promise<DownloadExecutorResult> {
    const { provider, info } = options.updateInfoAndProvider;
    const fileInfo = findFileIn(provider, info);
    return this.executeDownload({
      fileExtension: 'AppImage',
      fileInfo,
      downloadUpdateOptions: options,
      task: async (updateFile, downloadOptions) => {
        await (this as unknown as { httpExecutor: NodeHttpExecutor }).httpExecutor.download(
          fileInfo.url,
          updateFile,
          downloadOptions,
        );
      },
    });
  }

  protected override doInstall(options: InstallOptions): boolean {
    this.record.installs.push({ ...options, installer: this.installerPath });
    return true;
  }
}

function findFileIn(provider: Provider<UpdateInfo>, info: UpdateInfo) {
  const file = provider.resolveFiles(info).find((candidate) => candidate.url.pathname.endsWith('.AppImage'));
  if (!file) throw new Error('the feed lists no .AppImage file');
  return file;
}
