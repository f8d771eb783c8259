// Customer care from start to sale: find the customer (CareScreen), then for a top-up or a new eSIM pick a
// package of their coverage set (CarePicker), then confirm it (App's confirm screen, handed in). The look-up
// lives here, so going back from the packages or the confirm screen finds the customer as they were.
import { useState, type ReactNode } from 'react';
import type { Overview } from '../../../../shared/api';
import type { CatalogueItem } from '../../../../shared/catalogue';
import type { Lookup } from '../../../../shared/care';
import type { CatalogueLoad } from '../../hooks/useCatalogue';
import { useCareLookup } from '../../hooks/useCareLookup';
import { FRESH_CATALOGUE_VIEW } from '../catalogue/CatalogueScreen';
import type { CareSaleCustomer } from '../confirm/saleDraft';
import { CarePicker, type PickFor } from './CarePicker';
import { CareScreen } from './CareScreen';

export interface CareOpening {
  /** Opened from History: look this customer up at once. */
  lookup?: Lookup;
}

interface CareFlowProps {
  opening: CareOpening;
  overview: Overview | undefined;
  catalogue: CatalogueLoad;
  recent: ReadonlyMap<string, number>;
  /** The confirm screen of a package picked here, while there is one. */
  confirm: ReactNode;
  onPick(item: CatalogueItem, target: CareSaleCustomer): void;
  onRetryCatalogue(): void;
  onClose(): void;
}

export function CareFlow(props: CareFlowProps) {
  const { opening, overview, catalogue, recent, confirm, onPick, onRetryCatalogue, onClose } = props;
  const care = useCareLookup(opening.lookup);
  const [text, setText] = useState(() => {
    const first = opening.lookup;
    return first ? ('iccid' in first ? first.iccid : first.email) : '';
  });
  const [picking, setPicking] = useState<PickFor | null>(null);
  // The packages' search, kept while the picked one is confirmed: Escape there comes back to it as it was.
  const [pickView, setPickView] = useState(FRESH_CATALOGUE_VIEW);

  if (confirm) return confirm;
  if (picking) {
    return (
      <CarePicker
        pickFor={picking}
        view={pickView}
        onViewChange={setPickView}
        catalogue={catalogue}
        recent={recent}
        onPick={(item) => onPick(item, picking.target)}
        onRetry={onRetryCatalogue}
        onBack={() => setPicking(null)}
      />
    );
  }
  return (
    <CareScreen
      care={care}
      text={text}
      onTextChange={setText}
      manager={overview?.manager}
      supportLine={overview?.settings.supportLine}
      onSell={(pickFor) => {
        setPickView(FRESH_CATALOGUE_VIEW);
        setPicking(pickFor);
      }}
      onClose={onClose}
    />
  );
}
