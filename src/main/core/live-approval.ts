// Live mode needs a manager's approval, and the approval is kept inside the sealed credentials, not in
// settings.json: a settings file edited by hand to "mode": "live" leaves the console in demo mode, and a
// notice says why. The console reads its settings through this view, so every part of it (the backend,
// selling, the overview) sees the same mode.
import type { Settings } from '../../shared/settings';
import type { SettingsStore } from './settings';

const LIVE_NOT_APPROVED =
  'The settings file asks for live mode, but no manager switched this counter to live, so it stays in demo mode; a manager can switch to live in Settings.';

export function approvedSettings(raw: SettingsStore, approved: () => boolean): SettingsStore {
  let last: { from: Settings; approved: boolean; view: Settings } | undefined;
  const view = (settings: Settings): Settings => {
    const isApproved = approved();
    if (last?.from !== settings || last.approved !== isApproved) {
      const mode = settings.mode === 'live' && !isApproved ? 'demo' : settings.mode;
      last = { from: settings, approved: isApproved, view: mode === settings.mode ? settings : { ...settings, mode } };
    }
    return last.view;
  };
  return {
    read: () => view(raw.read()),
    update: (patch) => view(raw.update(patch)),
    setMode: (mode) => view(raw.setMode(mode)),
    get locked() {
      return raw.locked;
    },
    get problems() {
      return raw.read().mode === 'live' && !approved() ? [...raw.problems, LIVE_NOT_APPROVED] : raw.problems;
    },
  };
}
