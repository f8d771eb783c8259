// Customer care: customers found by ICCID (digits) or email (exact first, else by their beginning), listed
// masked; the one the clerk opens with their eSIMs and packages and what can be done for them: a top-up, a
// new eSIM for a new phone, the QR again, a refund, an ON_DEMAND package started. Escape clears the search
// box, then goes back from the opened customer to the list, then leaves the screen.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/api';
import { parseLookup, type CareLookup, type LookupProblem } from '../../hooks/useCareLookup';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import type { Dialog, NavigationEvent, PickFor } from '../../navigation';
import { CustomerCard } from './CustomerCard';
import { CustomerMatchItem } from './CustomerMatchItem';
import { RefundDialog } from './RefundDialog';
import { ReshowDialog } from './ReshowDialog';

interface CareScreenProps {
  care: CareLookup;
  text: string;
  onTextChange(text: string): void;
  manager: Overview['manager'] | undefined;
  supportLine: string | undefined;
  /** The navigation's dialog: over this screen, the refund dialog or a QR shown again. */
  dialog: Dialog | null;
  onSell(pickFor: PickFor): void;
  go(event: NavigationEvent): void;
}

export function CareScreen(props: CareScreenProps) {
  const { care, text, onTextChange, manager, supportLine, dialog, onSell, go } = props;
  const { t } = useTranslation();
  const baseId = useId();
  const [problem, setProblem] = useState<LookupProblem | null>(null);
  // The customer last opened: back on the list, their Open button has the focus.
  const [cameBackFrom, setCameBackFrom] = useState<string | null>(null);
  const { load, opened, openedUid } = care;

  const backToList = () => {
    setCameBackFrom(openedUid);
    care.close();
  };
  const onClose = () => go({ type: 'back' });
  // While the refund dialog (or the QR's) is open it answers Escape itself.
  useKeyboardShortcuts({ Escape: openedUid === null ? onClose : backToList }, dialog === null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLookup(text);
    setProblem('problem' in parsed ? parsed.problem : null);
    if ('lookup' in parsed) care.search(parsed.lookup);
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && text !== '') {
      event.preventDefault(); // the first Escape clears the box; the next one leaves the screen
      onTextChange('');
    }
  };

  let status: string | null = null;
  if (openedUid !== null) status = opened.status === 'loading' ? t('care.opening') : null;
  else if (load.status === 'loading') status = t('care.searching');
  else if (load.status === 'ready') {
    status = load.value.length === 0 ? t('care.noMatch') : t('care.count', { count: load.value.length });
  }

  return (
    <main className="screen care-screen" aria-labelledby={`${baseId}-title`}>
      <div className="care-head">
        <h1 id={`${baseId}-title`}>{t('care.title')}</h1>
        {/* While a customer is open, Escape goes back to the list: this button then says where it goes. */}
        <button
          type="button"
          className="button"
          onClick={onClose}
          aria-keyshortcuts={openedUid === null ? 'Escape' : undefined}
          data-testid="care-close"
        >
          {openedUid === null ? t('care.close') : t('care.leave')}
        </button>
      </div>
      <form className="care-search" role="search" noValidate onSubmit={onSubmit}>
        <label className="field-label" htmlFor={`${baseId}-search`}>
          {t('care.searchLabel')}
        </label>
        <div className="care-search-row">
          <input
            id={`${baseId}-search`}
            className="search-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
            onKeyDown={onSearchKeyDown}
            aria-describedby={`${baseId}-hint`}
            aria-invalid={problem !== null}
            data-testid="care-search"
          />
          <button type="submit" className="button button-primary" data-testid="care-search-submit">
            {t('care.search')}
          </button>
        </div>
        <span className="field-hint" id={`${baseId}-hint`}>
          {t('care.searchHint')}
        </span>
      </form>
      {problem && (
        <p className="error-sentence" role="alert" data-testid="care-error">
          {t(`care.problem.${problem}`)}
        </p>
      )}
      {openedUid === null && load.status === 'error' && (
        <p className="error-sentence" role="alert" data-testid="care-error">
          {t('care.lookupFailed', { message: load.error.message })}
        </p>
      )}
      {openedUid !== null && opened.status === 'error' && (
        <p className="error-sentence" role="alert" data-testid="care-error">
          {t('care.openFailed', { message: opened.error.message })}
        </p>
      )}
      {status && (
        <p className="result-count" role="status" data-testid="care-count">
          {status}
        </p>
      )}
      {openedUid === null && load.status === 'ready' && load.value.length > 0 && (
        <>
          <p className="field-hint care-results-hint" data-testid="care-results-hint">
            {t('care.resultsHint')}
          </p>
          <ul className="care-results" aria-label={t('care.resultsLabel')} data-testid="care-results">
            {load.value.map((match) => (
              <CustomerMatchItem
                key={match.customerUid}
                match={match}
                focused={match.customerUid === cameBackFrom}
                onOpen={() => care.open(match.customerUid)}
              />
            ))}
          </ul>
        </>
      )}
      {openedUid !== null && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={backToList}
            aria-keyshortcuts="Escape"
            data-testid="care-back-to-list"
          >
            {t('care.backToList')}
          </button>
        </div>
      )}
      {openedUid !== null && opened.status === 'ready' && (
        <ul className="care-results" aria-label={t('care.resultsLabel')}>
          <CustomerCard
            customer={opened.value}
            supportLine={supportLine}
            onSell={onSell}
            onRefund={(pkg) => go({ type: 'open-dialog', dialog: { kind: 'refund', pkg } })}
            onReshown={(qr) => go({ type: 'open-dialog', dialog: { kind: 'reshow', qr } })}
            onChanged={care.refresh}
          />
        </ul>
      )}
      {dialog?.kind === 'refund' && (
        <RefundDialog
          key={dialog.pkg.uid}
          pkg={dialog.pkg}
          manager={manager}
          onRefunded={care.refresh}
          onClose={() => go({ type: 'close-dialog', kind: 'refund' })}
        />
      )}
      {dialog?.kind === 'reshow' && (
        <ReshowDialog qr={dialog.qr} onClose={() => go({ type: 'close-dialog', kind: 'reshow' })} />
      )}
    </main>
  );
}
