// Demo mode's controls: the customer's phone "scanning" the QR on screen, and the Gigastore failures a
// trainer stages on the simulator. Both refuse in live mode.
import type { ConsoleApi, DemoFault, ScanOutcome } from '../../../shared/api';
import type { Backend } from '../backend';
import { ConsoleError } from '../errors';
import type { SaleDesk } from '../sale-desk';

export class DemoControls implements Pick<ConsoleApi, 'simulateScan' | 'stageDemoFault'> {
  constructor(
    private readonly backend: Pick<Backend, 'demo'>,
    private readonly desk: Pick<SaleDesk, 'handoff'>,
  ) {}

  async simulateScan(outcome: ScanOutcome): Promise<void> {
    const world = await this.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Simulating a scan is only possible in demo mode.');
    const iccid = this.desk.handoff()?.esim?.iccid;
    if (!iccid) throw new ConsoleError('sale.no-esim', 'There is no eSIM on screen to scan.');
    world.scan(iccid, outcome);
  }

  async stageDemoFault(fault: DemoFault): Promise<void> {
    const world = await this.backend.demo();
    if (!world) throw new ConsoleError('demo.only', 'Staging a Gigastore failure is only possible in demo mode.');
    world.stage(fault);
  }
}
