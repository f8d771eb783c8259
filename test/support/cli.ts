// Runs the BUILT command line tool (out/main/cli.js) as a child process, as support staff would.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '../../out/main/cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliEnv(baseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    GIGASTORE_BASE_URL: baseUrl,
    GIGASTORE_CLIENT_ID: 'demo',
    GIGASTORE_CLIENT_SECRET: 'demo',
    ESIM_COUNTER_STORE_IP: '192.0.2.10',
    // Each test's own journal and settings, never the user's.
    ESIM_COUNTER_DATA_DIR: mkdtempSync(join(tmpdir(), 'esim-counter-cli-')),
    ...extra,
  };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
