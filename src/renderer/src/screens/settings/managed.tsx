// Settings the organisation's policy fixes: each shows "Set by your organisation" and cannot be edited
// (a disabled fieldset makes every control inside it read-only), and a form never sends them. main refuses
// a changed managed value all the same; this only keeps the clerk from trying.
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedSetting } from '../../../../shared/policy';
import type { SettingsPatch } from '../../../../shared/settings';

const ManagedContext = createContext<ReadonlySet<string>>(new Set());
export const ManagedProvider = ManagedContext.Provider;

export function useManaged() {
  const managed = useContext(ManagedContext);
  return {
    has: (field: ManagedSetting) => managed.has(field),
    /** The patch without the managed settings. */
    omit: (patch: SettingsPatch): SettingsPatch =>
      Object.fromEntries(Object.entries(patch).filter(([key]) => !managed.has(key))) as SettingsPatch,
  };
}

/** Wraps the controls of one setting (or a whole form of one): locked, with the note, when it is managed. */
export function ManagedField({ field, children }: { field: ManagedSetting; children: ReactNode }) {
  const { t } = useTranslation();
  const managed = useManaged().has(field);
  return (
    <fieldset className="managed-field" disabled={managed} data-managed={managed} data-testid={`managed-${field}`}>
      {children}
      {managed && (
        <span className="field-hint managed-note" data-testid="managed-note">
          {t('settings.managed')}
        </span>
      )}
    </fieldset>
  );
}
