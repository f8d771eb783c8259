// When the package's validity starts: now, on first use in the coverage area, or on request (worldwide and
// regional packages only). Native radios: Tab reaches the group, the arrow keys choose. Gigastore's advice
// is preselected and marked; one sentence says what the chosen mode means for the customer. Nothing here
// takes the focus: Activate keeps it, so Enter still sells.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/catalogue';
import type { ActivationMode } from '../../../../shared/gigastore';
import { activationModesFor, recommendedActivationMode } from './saleDraft';

interface ActivationModeFieldProps {
  item: CatalogueItem;
  value: ActivationMode;
  onChange(mode: ActivationMode): void;
}

export function ActivationModeField({ item, value, onChange }: ActivationModeFieldProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const recommended = recommendedActivationMode(item);
  return (
    <fieldset
      className="activation-mode"
      aria-describedby={`${baseId}-hint`}
      data-testid="activation-mode"
      data-value={value}
    >
      <legend className="field-label">{t('confirm.activation.label')}</legend>
      <div className="activation-options">
        {activationModesFor(item).map((mode) => (
          <label key={mode} className="activation-option">
            <input
              type="radio"
              name={`${baseId}-mode`}
              value={mode}
              checked={value === mode}
              onChange={() => onChange(mode)}
              data-testid={`activation-mode-${mode}`}
            />
            <span>
              {mode === recommended
                ? t('confirm.activation.recommended', { mode: t(`confirm.activation.mode.${mode}`) })
                : t(`confirm.activation.mode.${mode}`)}
            </span>
          </label>
        ))}
      </div>
      <p className="field-hint" id={`${baseId}-hint`} aria-live="polite" data-testid="activation-mode-hint">
        {t(`confirm.activation.hint.${value}`)}
      </p>
    </fieldset>
  );
}
