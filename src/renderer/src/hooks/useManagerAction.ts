// A console call only a manager may make (a refund). While the console is locked, the PIN typed beside the
// button unlocks it first (for a few minutes, as Settings does), then the call is made; with no PIN typed
// main refuses in its own words. Single-flight like every clerk action; the PIN is never kept after a try.
import { useCallback, useState } from 'react';
import type { Overview, Result } from '../../../shared/api';
import { PIN_SHAPE } from '../components/PinField';
import { useBridge } from './useConsole';
import { useConsoleAction, type ConsoleAction } from './useConsoleAction';

export interface ManagerAction extends ConsoleAction {
  /** A PIN exists and no manager unlocked the console: the PIN box is shown. */
  locked: boolean;
  pin: string;
  setPin(pin: string): void;
  /** Something was typed that cannot be a PIN (checked before anything is sent). */
  pinMalformed: boolean;
}

export function useManagerAction(manager: Overview['manager'] | undefined): ManagerAction {
  const bridge = useBridge();
  const action = useConsoleAction();
  const { perform: performAction } = action;
  const [pin, setPin] = useState('');
  const locked = Boolean(manager?.pinSet && !manager.unlocked);

  const perform = useCallback(
    async <T>(call: () => Promise<Result<T>>): Promise<Result<T> | undefined> => {
      const result = await performAction(async (): Promise<Result<T>> => {
        if (locked && pin !== '') {
          const unlocked = await bridge.unlockManager(pin);
          if (!unlocked.ok) return unlocked;
        }
        return call();
      });
      setPin(''); // a wrong PIN is typed again from scratch; a right one is not kept
      return result;
    },
    [bridge, locked, performAction, pin],
  );

  return { ...action, perform, locked, pin, setPin, pinMalformed: pin !== '' && !PIN_SHAPE.test(pin) };
}
