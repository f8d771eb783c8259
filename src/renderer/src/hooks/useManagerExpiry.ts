// A manager's unlock lasts a few minutes, and main sends no event when it runs out. While the overview says
// "unlocked", read it again now and then, so the settings lock themselves on screen soon after main did.
import { useEffect } from 'react';

const UNLOCK_CHECK_EVERY_MS = 15_000;

export function useManagerExpiry(unlocked: boolean, refresh: () => void): void {
  useEffect(() => {
    if (!unlocked) return;
    const timer = window.setInterval(refresh, UNLOCK_CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [unlocked, refresh]);
}
