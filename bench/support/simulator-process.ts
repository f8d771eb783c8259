// The simulated Gigastore in a process of its own (the built CLI's `simulator` command), for the benchmarks
// that time or weigh the console's main side: a real Gigastore is another machine, so its work must not
// run on the console's event loop (where it would be counted as the console's time) nor sit in the
// console's memory (where its account, which keeps every sale, would be counted as the console's growth).
// The console reaches it over HTTP on loopback as it reaches the embedded one; the controls
// (/_simulator/...) set it up, simulate a scan and say how long each request took to answer.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { DemoWorld } from '../../src/main/core/backend';
import { DEMO_CREDENTIALS } from '../../src/main/simulator/server';
import { CLI } from '../../test/support/cli';

export interface TimedRequest {
  method: string;
  path: string;
  /** From taking the request to the last byte of its answer, as the simulator timed it. */
  answeredInMs?: number;
}

export interface SimulatorProcess extends DemoWorld {
  /** How many requests it has taken so far. */
  requestCount(): Promise<number>;
  /** The requests taken since number `from`. */
  requestsSince(from: number): Promise<TimedRequest[]>;
}

export interface SimulatorConfig {
  latencyMs?: number;
  scanDelayMs?: number;
  creditUsd?: number;
}

export async function startSimulatorProcess(config: SimulatorConfig): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, [CLI, 'simulator', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const { baseUrl } = JSON.parse(line) as { baseUrl: string };
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/_simulator/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`The simulator refused ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  await control('config', config);
  const requests = async (from: number) =>
    (await control(`requests?from=${from}`)) as { count: number; requests: TimedRequest[] };
  const exited = once(child, 'exit');
  let closing: Promise<void> | undefined;
  return {
    baseUrl,
    credentials: DEMO_CREDENTIALS,
    scan: (iccid, state) => void control(`esims/${iccid}/scan`, { state }),
    stage: () => {
      throw new Error('The benchmarks stage no demo fault.');
    },
    requestCount: async () => (await requests(Number.MAX_SAFE_INTEGER)).count,
    requestsSince: async (from) => (await requests(from)).requests,
    close() {
      closing ??= (async () => {
        child.kill();
        await exited;
      })();
      return closing;
    },
  };
}
