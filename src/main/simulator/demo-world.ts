// Demo mode's world: an embedded simulator the console talks to over real HTTP on loopback.
import type { DemoFault } from '../../shared/api';
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
    stage: (fault) => stageFault(simulator, fault),
    close: () => simulator.close(),
  };
}

const DEMO_CREDIT_USD = 1000;

/** Each demo situation as simulator faults. "clear" puts the simulated Gigastore back to normal. */
function stageFault(simulator: GigastoreSimulator, fault: DemoFault): void {
  switch (fault) {
    case 'clear':
      simulator.clearFaults();
      simulator.latencyMs = 0;
      simulator.account.creditCents = DEMO_CREDIT_USD * 100;
      return;
    case 'offline':
      simulator.faults.add({ action: 'reset', times: 100_000 });
      return;
    case 'slow':
      simulator.latencyMs = 2_000;
      return;
    case 'lost-answer':
      simulator.faults.add({ path: '/register', action: 'hang', commit: true });
      return;
    case 'server-error':
      simulator.faults.add({ path: '/register', action: 'status', status: 503 });
      return;
    case 'rate-limit':
      simulator.faults.add({
        path: '/activations/customers/',
        action: 'status',
        status: 429,
        retryAfterSeconds: 5,
        times: 3,
      });
      return;
    case 'no-credit':
      simulator.account.creditCents = 0;
      return;
  }
}
