// The eSIM activation code (GSMA SGP.22 "LPA:1$<SM-DP+ address>$<matching id>[$<OID>[$<CC flag>]]").
// Gigastore returns it as one string; a customer typing it by hand needs the SM-DP+ address and the
// matching id apart, and the confirmation-code flag tells the clerk to expect a second code.

interface ActivationCodeParts {
  /** The string exactly as Gigastore sent it: what the QR encodes. */
  readonly code: string;
  readonly smdpAddress: string;
  /** May be empty: the device then asks the default SM-DS. */
  readonly matchingId: string;
  readonly smdpOid?: string;
  readonly confirmationCodeRequired: boolean;
}

type ParsedActivationCode =
  { readonly ok: true; readonly parts: ActivationCodeParts } | { readonly ok: false; readonly reason: string };

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const OID = /^[0-2](\.\d+)+$/;

export function parseActivationCode(input: string): ParsedActivationCode {
  const code = input.trim();
  if (!/^LPA:1\$/i.test(code)) {
    return { ok: false, reason: 'The activation code does not start with "LPA:1$".' };
  }
  const fields = code.slice('LPA:1$'.length).split('$');
  if (fields.length < 2 || fields.length > 4) {
    return { ok: false, reason: 'The activation code does not have 2 to 4 fields after "LPA:1$".' };
  }
  const [smdpAddress = '', matchingId = '', smdpOid, ccFlag] = fields;
  if (!HOST.test(smdpAddress)) {
    return { ok: false, reason: `The SM-DP+ address "${smdpAddress}" is not a host name.` };
  }
  if (!/^[0-9A-Z-]*$/i.test(matchingId)) {
    return { ok: false, reason: 'The matching id holds characters other than letters, digits and "-".' };
  }
  if (smdpOid !== undefined && smdpOid !== '' && !OID.test(smdpOid)) {
    return { ok: false, reason: `The SM-DP+ OID "${smdpOid}" is not an object identifier.` };
  }
  if (ccFlag !== undefined && ccFlag !== '' && ccFlag !== '1') {
    return { ok: false, reason: 'The confirmation-code flag must be "1" when present.' };
  }
  return {
    ok: true,
    parts: {
      code,
      smdpAddress,
      matchingId,
      ...(smdpOid ? { smdpOid } : {}),
      confirmationCodeRequired: ccFlag === '1',
    },
  };
}

/** What a customer types by hand when the QR cannot be scanned. */
export interface ManualEntry {
  smdpAddress: string;
  matchingId: string;
  confirmationCodeRequired: boolean;
}

/** The manual-entry fields of an activation code; null when it does not split (the QR still carries it as sent). */
export function manualEntryOf(code: string): ManualEntry | null {
  const parsed = parseActivationCode(code);
  if (!parsed.ok) return null;
  const { smdpAddress, matchingId, confirmationCodeRequired } = parsed.parts;
  return { smdpAddress, matchingId, confirmationCodeRequired };
}

export function formatActivationCode(parts: {
  smdpAddress: string;
  matchingId: string;
  smdpOid?: string;
  confirmationCodeRequired?: boolean;
}): string {
  const fields = ['LPA:1', parts.smdpAddress, parts.matchingId];
  if (parts.smdpOid || parts.confirmationCodeRequired) fields.push(parts.smdpOid ?? '');
  if (parts.confirmationCodeRequired) fields.push('1');
  return fields.join('$');
}

// Apple's one-tap provisioning page (the simulator answers it as Gigastore's appleUniversalLink); the card
// data is the activation code as is.
const APPLE_SETUP = 'https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=';

export function appleInstallLink(code: string): string {
  return APPLE_SETUP + code;
}
