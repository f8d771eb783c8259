// Window-level keys of the screen on show. A component registers the keys it answers; a component that
// handled a key itself (the search box's arrows, the help dialog) stops it first, so nothing runs twice.
import { useLayoutEffect, useRef } from 'react';

/** Handlers by KeyboardEvent.key; letters in lower case ('n' answers N and Shift+N). */
type Shortcuts = Partial<Record<string, () => void>>;

/** True when a printable key would type into the focused element rather than act as a shortcut. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

function keyName(event: KeyboardEvent): string {
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

export function useKeyboardShortcuts(shortcuts: Shortcuts, enabled = true): void {
  // Layout effects, not passive ones: a key pressed right after a render (Escape the moment a sale fails)
  // must already meet this render's handlers, not the previous render's.
  const latest = useRef({ shortcuts, enabled });
  useLayoutEffect(() => {
    latest.current = { shortcuts, enabled };
  });

  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current.enabled) return;
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const handler = latest.current.shortcuts[keyName(event)];
      if (!handler) return;
      // '?' still opens help from the catalogue search box: nobody searches a package by question mark.
      const typing = isTextEntry(event.target) && !(event.key === '?' && isSearchBox(event.target));
      if (event.key.length === 1 && typing) return;
      // Cancelling keydown also cancels the keypress, so the key cannot act again on whatever gets focus next.
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isSearchBox(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'search';
}
