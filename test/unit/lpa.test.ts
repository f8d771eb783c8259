import { describe, expect, it } from 'vitest';
import { appleInstallLink, formatActivationCode, manualEntryOf, parseActivationCode } from '../../src/shared/lpa';

describe('LPA activation codes', () => {
  it('splits the SM-DP+ address and the matching id', () => {
    const parsed = parseActivationCode('LPA:1$rsp.example.com$JQ7DZ-4XK2M-P9R3T');
    expect(parsed).toEqual({
      ok: true,
      parts: {
        code: 'LPA:1$rsp.example.com$JQ7DZ-4XK2M-P9R3T',
        smdpAddress: 'rsp.example.com',
        matchingId: 'JQ7DZ-4XK2M-P9R3T',
        confirmationCodeRequired: false,
      },
    });
  });

  it('reads the optional OID and the confirmation-code flag', () => {
    const parsed = parseActivationCode('LPA:1$rsp.example.com$ABC123$1.3.6.1.4.1.31746$1');
    expect(parsed.ok && parsed.parts).toMatchObject({ smdpOid: '1.3.6.1.4.1.31746', confirmationCodeRequired: true });
    const flagOnly = parseActivationCode('LPA:1$rsp.example.com$ABC123$$1');
    expect(flagOnly.ok && flagOnly.parts.confirmationCodeRequired).toBe(true);
  });

  it('accepts an empty matching id (the device asks the default SM-DS)', () => {
    const parsed = parseActivationCode('LPA:1$smds.example.com$');
    expect(parsed.ok && parsed.parts.matchingId).toBe('');
  });

  it.each([
    ['not an LPA string', 'https://example.com', 'does not start with "LPA:1$"'],
    ['a single field', 'LPA:1$rsp.example.com', '2 to 4 fields'],
    ['too many fields', 'LPA:1$a.b$c$1.2$1$x', '2 to 4 fields'],
    ['a bad host', 'LPA:1$not a host$ABC', 'is not a host name'],
    ['a bad matching id', 'LPA:1$rsp.example.com$AB C', 'matching id'],
    ['a bad OID', 'LPA:1$rsp.example.com$ABC$oid', 'is not an object identifier'],
    ['a bad flag', 'LPA:1$rsp.example.com$ABC$$2', 'flag must be "1"'],
  ])('refuses %s with a reason', (_name, input, reason) => {
    const parsed = parseActivationCode(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('formats parts back into the same string', () => {
    for (const code of [
      'LPA:1$rsp.example.com$ABC',
      'LPA:1$rsp.example.com$ABC$1.2.3$1',
      'LPA:1$rsp.example.com$ABC$$1',
    ]) {
      const parsed = parseActivationCode(code);
      expect(parsed.ok && formatActivationCode(parsed.parts)).toBe(code);
    }
  });

  it('builds the install link with a lowercase base and the activation code untouched', () => {
    const code = 'LPA:1$RSP.Example.COM$AbC-123';
    expect(appleInstallLink(code)).toBe(`https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=${code}`);
  });

  it('gives the manual-entry fields of a code that splits, and null for one that does not', () => {
    expect(manualEntryOf(' LPA:1$rsp.example.com$ABC-123$$1 ')).toEqual({
      smdpAddress: 'rsp.example.com',
      matchingId: 'ABC-123',
      confirmationCodeRequired: true,
    });
    expect(manualEntryOf('LPA:1$rsp.example.com$')).toEqual({
      smdpAddress: 'rsp.example.com',
      matchingId: '',
      confirmationCodeRequired: false,
    });
    expect(manualEntryOf('LPA:1$not a host$ABC')).toBeNull();
  });
});
