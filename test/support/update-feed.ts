// An update feed as electron-builder publishes one for electron-updater's generic provider: a folder over
// HTTP with `<channel>.yml` (latest.yml; latest-linux.yml and latest-mac.yml on those systems) naming
// the version and its installer with the installer's size and sha512, and the installer beside it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface UpdateFeed {
  /** The feed's folder, as a policy's updateUrl names it. */
  url: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Puts a release on the feed; `corrupt`: the installer served is not the one latest.yml describes. */
  publish(version: string, options?: { corrupt?: boolean }): Buffer;
  close(): Promise<void>;
}

const open: UpdateFeed[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((feed) => feed.close()));
});

export async function startUpdateFeed(): Promise<UpdateFeed> {
  const requests: string[] = [];
  let release: { version: string; yml: string; installer: Buffer; served: Buffer } | undefined;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://feed').pathname;
    requests.push(path);
    if (release && /^\/feed\/[a-z][a-z0-9-]*\.yml$/.test(path)) {
      response.writeHead(200, { 'content-type': 'text/yaml' }).end(release.yml);
    } else if (release && path === `/feed/${installerName(release.version)}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(release.served);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed: UpdateFeed = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed/`,
    requests,
    publish(version, options = {}) {
      const installer = randomBytes(64 * 1024);
      const served = options.corrupt ? Buffer.concat([installer.subarray(1), Buffer.from([0])]) : installer;
      release = { version, yml: latestYml(version, installer), installer, served };
      return installer;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  open.push(feed);
  return feed;
}

const installerName = (version: string) => `eSIM-Counter-${version}.AppImage`;

function latestYml(version: string, installer: Buffer): string {
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const name = installerName(version);
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${name}`,
    `    sha512: ${sha512}`,
    `    size: ${installer.length}`,
    `path: ${name}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-25T10:00:00.000Z'",
    '',
  ].join('\n');
}
