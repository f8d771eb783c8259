// The ConsoleApi's calls that ask Gigastore about the customer's phone: will the package work on it (the
// supported devices list), and is its eSIM on a network (connectivity). Their views are device-check.ts and
// esim-connectivity.ts.
import { z } from 'zod';
import { IccidSchema } from './care';
import { DeviceQuerySchema, type DeviceCheckView } from './device-check';
import type { ConnectivityView } from './esim-connectivity';

/** The phone checks of the ConsoleApi (api.ts extends it). */
export interface PhoneCheckApi {
  /** Checks the customer's phone against Gigastore's supported devices; the customer display shows the outcome. */
  checkDevice(text: string): Promise<DeviceCheckView>;
  /** "Is it connected?": whether and where Gigastore last saw an eSIM on a network, with the clerk's steps. */
  esimConnectivity(iccid: string): Promise<ConnectivityView>;
}

/** Their arguments, checked where they cross from the renderer (core/dispatch.ts). */
export const phoneCheckArgs = {
  checkDevice: z.tuple([DeviceQuerySchema]),
  esimConnectivity: z.tuple([IccidSchema]),
};
