// The clerks who work at this counter. With names here, selling waits until a clerk picks theirs at the
// start of the shift, and every sale, refund and receipt carries it; an empty list sells without names.
// Saved like the other settings (behind the manager PIN once one is set).
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../hooks/useConsole';
import { useConsoleAction } from '../../hooks/useConsoleAction';
import { ManagedField } from './managed';

const MAX_NAME = 40;

interface Row {
  key: number;
  name: string;
}

type Problem = 'duplicate' | 'long' | null;

export function ClerksForm({ clerks }: { clerks: readonly string[] }) {
  const { t } = useTranslation();
  const baseId = useId();
  const bridge = useBridge();
  const saving = useConsoleAction();
  const nextKey = useRef(clerks.length);
  const list = useRef<HTMLUListElement>(null);
  const [rows, setRows] = useState<Row[]>(() => clerks.map((name, key) => ({ key, name })));
  const [problem, setProblem] = useState<Problem>(null);
  const [saved, setSaved] = useState(false);

  const focusAdded = useRef(false);

  // The new row's box takes the focus as soon as it is drawn, before the next key arrives.
  useLayoutEffect(() => {
    if (!focusAdded.current) return;
    focusAdded.current = false;
    const inputs = list.current?.querySelectorAll<HTMLInputElement>('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [rows]);

  const add = () => {
    focusAdded.current = true;
    setRows([...rows, { key: nextKey.current++, name: '' }]);
  };
  const remove = (key: number) => setRows(rows.filter((row) => row.key !== key));
  const rename = (key: number, name: string) => setRows(rows.map((row) => (row.key === key ? { ...row, name } : row)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const names = rows.map((row) => row.name.trim()).filter((name) => name !== '');
    const found: Problem = names.some((name) => name.length > MAX_NAME)
      ? 'long'
      : new Set(names.map((name) => name.toLocaleLowerCase())).size < names.length
        ? 'duplicate'
        : null;
    setProblem(found);
    if (found) return;
    const result = await saving.perform(() => bridge.updateSettings({ clerks: names }));
    if (!result?.ok) return;
    setRows(result.value.clerks.map((name) => ({ key: nextKey.current++, name })));
    setSaved(true);
  };

  const message = problem ? t(`settings.clerks.problem.${problem}`, { count: MAX_NAME }) : saving.error?.message;
  return (
    <form
      className="settings-section"
      aria-labelledby={`${baseId}-title`}
      noValidate
      onSubmit={onSubmit}
      data-testid="settings-clerks"
    >
      <h2 id={`${baseId}-title`}>{t('settings.clerks.title')}</h2>
      <ManagedField field="clerks">
        <p className="field-hint" id={`${baseId}-hint`}>
          {t('settings.clerks.hint')}
        </p>
        {rows.length === 0 ? (
          <p data-testid="settings-clerks-empty">{t('settings.clerks.empty')}</p>
        ) : (
          <ul className="clerk-rows" ref={list} aria-describedby={`${baseId}-hint`}>
            {rows.map((row, index) => (
              <li key={row.key} className="clerk-row">
                <input
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={MAX_NAME + 10}
                  value={row.name}
                  onChange={(event) => rename(row.key, event.target.value)}
                  aria-label={t('settings.clerks.name', { number: index + 1 })}
                  data-testid="settings-clerk-name"
                />
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => remove(row.key)}
                  aria-label={t('settings.clerks.removeNamed', { name: row.name.trim() || index + 1 })}
                  data-testid="settings-clerk-remove"
                >
                  {t('settings.clerks.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {message && (
          <p className="error-sentence" role="alert" data-testid="settings-clerks-error">
            {message}
          </p>
        )}
        {saved && !message && (
          <p className="success-sentence" role="status" data-testid="settings-clerks-saved">
            {t('settings.clerks.saved')}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button" onClick={add} data-testid="settings-clerk-add">
            {t('settings.clerks.add')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={saving.pending}
            data-testid="settings-clerks-save"
          >
            {t('settings.clerks.save')}
          </button>
        </div>
      </ManagedField>
    </form>
  );
}
