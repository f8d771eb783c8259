// Customer care from start to sale: find the customer (CareScreen), then for a top-up or a new eSIM pick a
// package of their coverage set (CarePicker), then confirm it (the confirm screen of a first sale, handed
// in). Which of these shows is the navigation's (care.picking, care.draft); the look-up lives here, so
// going back from the packages or the confirm screen finds the customer as they were.
import { useState, type ReactNode } from 'react';
import type { Overview } from '../../../../shared/api';
import type { CatalogueItem } from '../../../../shared/catalogue';
import type { CatalogueLoad } from '../../hooks/useCatalogue';
import { useCareLookup } from '../../hooks/useCareLookup';
import type { CareNavigation, Dialog, NavigationEvent } from '../../navigation';
import { FRESH_CATALOGUE_VIEW } from '../catalogue/CatalogueScreen';
import type { CareSaleCustomer } from '../confirm/saleDraft';
import { CarePicker } from './CarePicker';
import { CareScreen } from './CareScreen';

interface CareFlowProps {
  care: CareNavigation;
  dialog: Dialog | null;
  overview: Overview | undefined;
  catalogue: CatalogueLoad;
  recent: ReadonlyMap<string, number>;
  /** The confirm screen of a package picked here, while there is one. */
  confirm: ReactNode;
  onPick(item: CatalogueItem, customer: CareSaleCustomer): void;
  onRetryCatalogue(): void;
  go(event: NavigationEvent): void;
}

export function CareFlow(props: CareFlowProps) {
  const { care: navigation, dialog, overview, catalogue, recent, confirm, onPick, onRetryCatalogue, go } = props;
  const care = useCareLookup(navigation.opening.lookup);
  const [text, setText] = useState(() => {
    const first = navigation.opening.lookup;
    return first ? ('iccid' in first ? first.iccid : first.email) : '';
  });
  // The packages' search, kept while the picked one is confirmed: Escape there comes back to it as it was.
  const [pickView, setPickView] = useState(FRESH_CATALOGUE_VIEW);
  const back = () => go({ type: 'back' });

  if (navigation.draft) return confirm;
  const { picking } = navigation;
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
        onBack={back}
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
      dialog={dialog}
      onSell={(pickFor) => {
        setPickView(FRESH_CATALOGUE_VIEW);
        go({ type: 'sell-to-customer', pickFor });
      }}
      go={go}
    />
  );
}
