// How the simulator says it is the simulator, whose sales never cost anything. Its answer to
// GET /gigastore/version names it in a field no real Gigastore sends; a client calls a sale demo on this
// answer only, never on the address alone: a loopback port can be a relay to the real Gigastore.
import { z } from 'zod';

const SIMULATOR_NAME = 'esim-counter-gigastore-simulator';

export const SimulatorVersionSchema = z.object({
  version: z.literal('simulator'),
  simulator: z.literal(SIMULATOR_NAME),
  charges: z.literal('never'),
});

export const SIMULATOR_VERSION: z.infer<typeof SimulatorVersionSchema> = {
  version: 'simulator',
  simulator: SIMULATOR_NAME,
  charges: 'never',
};
