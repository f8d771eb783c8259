// Demo mode's world: an embedded simulator the console talks to over real HTTP on loopback.
import type { DemoWorld } from '../core/backend';
import { DEMO_CREDENTIALS, GigastoreSimulator, type SimulatorOptions } from './server';

export async function startDemoWorld(
  options: SimulatorOptions = {},
): Promise<DemoWorld & { simulator: GigastoreSimulator }> {
  const simulator = await new GigastoreSimulator(options).start();
  return {
    simulator,
    baseUrl: simulator.baseUrl,
    credentials: options.credentials ?? DEMO_CREDENTIALS,
    scan: (iccid, state) => simulator.scan(iccid, state),
    close: () => simulator.close(),
  };
}
