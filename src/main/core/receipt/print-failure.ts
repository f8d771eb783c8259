// What the clerk reads when a receipt does not print. Electron's print callback reports a failure reason
// in the printer system's words ("cancelled", "failed", "Invalid deviceName provided", …); each known one
// becomes the part of the clerk's sentence that says what happened, and anything else is quoted as is.
const KNOWN: Array<[RegExp, string]> = [
  [/^$/, 'the printer gave no reason'],
  [/cancel/i, 'the print was cancelled'],
  [/invalid device ?name/i, 'the printer chosen in Settings is not installed on this computer'],
  [/no printers?/i, 'this computer has no printer set up'],
  [/^failed$/i, 'the printer reported a failure'],
];

export function printFailureReason(reason: string | undefined): string {
  const said = (reason ?? '').trim();
  const known = KNOWN.find(([pattern]) => pattern.test(said));
  return known ? known[1] : `the printer said "${said.slice(0, 120)}"`;
}
