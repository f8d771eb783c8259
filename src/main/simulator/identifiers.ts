// Realistic identifiers for simulated eSIMs: ICCIDs with a valid Luhn check digit, IMSIs, and LPA
// activation codes on a host that can never resolve (a phone that scans a demo QR installs nothing).
import { randomInt } from 'node:crypto';
import { formatActivationCode } from '../../shared/lpa';

const DEMO_SMDP_ADDRESS = 'smdp.esim-counter-demo.invalid';

const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let index = 0; index < payload.length; index++) {
    let digit = Number(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** 20 digits: 89 (telecom) + 372 (a country code) + issuer + serial + Luhn digit. */
export function newIccid(): string {
  const payload = `8937204${digits(12)}`;
  return payload + luhnCheckDigit(payload);
}

export function newImsi(): string {
  return `26006${digits(10)}`;
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newMatchingId(): string {
  const group = () => Array.from({ length: 5 }, () => BASE32[randomInt(BASE32.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

export function newActivationCode(): string {
  return formatActivationCode({ smdpAddress: DEMO_SMDP_ADDRESS, matchingId: newMatchingId() });
}
