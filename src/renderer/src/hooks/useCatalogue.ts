// The packages on sale. Demo and live sell different inventories, so the mode is the question: until the
// overview says which mode is on there is nothing to ask (shown as loading). reload() asks again and keeps
// showing the rows it has meanwhile, so returning from a sale to pick up new prices does not flash a
// loading sentence; a new mode, or a reload that failed, shows loading instead.
import { useCallback, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { CatalogueItem } from '../../../shared/catalogue';
import type { ConsoleBridge } from '../../../shared/channels';
import { useBridgeQuery, type Load } from './useBridgeQuery';

export type CatalogueLoad = Load<CatalogueItem[]>;

/** The mode only keys the answer: main lists the inventory of the mode it is in. */
const askCatalogue = (bridge: ConsoleBridge): Promise<Result<CatalogueItem[]>> => bridge.listCatalogue();

export function useCatalogue(mode: string | null): { load: CatalogueLoad; reload(): void } {
  const [generation, setGeneration] = useState(0);
  const load = useBridgeQuery(mode, askCatalogue, { generation });
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { load: load.status === 'idle' ? { status: 'loading' } : load, reload };
}
