// Ref callback: focus a screen's heading when it appears. Not a button on purpose: the Enter that
// activated the sale may repeat, and it must not land on "New sale" and throw the QR away.
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus({ preventScroll: true }); // the heading is on screen already: no scroll to work out
}
