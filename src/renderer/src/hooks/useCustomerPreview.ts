// Tells main which package the clerk is confirming, and in which language, so the customer display can
// show it before anything is charged; null once there is nothing to confirm (back to the packages, or the
// sale is on its way and the handoff speaks for itself). The display is a courtesy: a failed call is not
// the clerk's business and is not shown.
import { useEffect } from 'react';
import type { CustomerLanguage } from '../../../shared/languages';
import { useBridge } from './useConsole';

export function useCustomerPreview(inventoryItemId: string | null, customerLanguage: CustomerLanguage | null): void {
  const bridge = useBridge();
  useEffect(() => {
    void bridge.previewSale(inventoryItemId && customerLanguage ? { inventoryItemId, customerLanguage } : null);
  }, [bridge, inventoryItemId, customerLanguage]);
}
