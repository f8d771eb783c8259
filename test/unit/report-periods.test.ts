// The pieces a Z report is measured with: the store's calendar day in a time zone (23 and 25 hours when the
// clocks change), shifts from the audit trail, which counters a store holds, and money in minor units.
import { describe, expect, it } from 'vitest';
import { formatMinor, minorDigits, minorToDecimal, toMinor } from '../../src/shared/money';
import { dayPeriod, localDayIn, shiftPeriod, shiftsIn } from '../../src/main/core/report/periods';
import { scopeOf, storeOf } from '../../src/main/core/report/store-scope';
import { counterOfSaleId, newSaleId } from '../../src/main/core/sale-id';

const hours = (period: { from: string; to: string }) => (Date.parse(period.to) - Date.parse(period.from)) / 3_600_000;

describe('the store’s calendar day', () => {
  it('runs from local midnight to local midnight in the given time zone', () => {
    expect(dayPeriod('2026-11-25', 'Europe/Vienna')).toEqual({
      kind: 'day',
      day: '2026-11-25',
      from: '2026-11-24T23:00:00.000Z',
      to: '2026-11-25T23:00:00.000Z',
      timeZone: 'Europe/Vienna',
    });
    expect(dayPeriod('2026-07-01', 'America/New_York')).toMatchObject({
      from: '2026-07-01T04:00:00.000Z',
      to: '2026-07-02T04:00:00.000Z',
    });
    expect(dayPeriod('2026-12-31', 'UTC')).toMatchObject({ to: '2027-01-01T00:00:00.000Z' });
  });

  it('has 23 hours when the clocks go forward and 25 when they go back', () => {
    expect(hours(dayPeriod('2026-03-29', 'Europe/Vienna'))).toBe(23);
    expect(hours(dayPeriod('2026-10-25', 'Europe/Vienna'))).toBe(25);
    expect(hours(dayPeriod('2026-03-08', 'America/New_York'))).toBe(23);
    expect(hours(dayPeriod('2026-11-01', 'America/New_York'))).toBe(25);
  });

  it('an instant’s day depends on the zone', () => {
    const instant = Date.parse('2026-11-25T23:30:00Z');
    expect(localDayIn(instant, 'UTC')).toBe('2026-11-25');
    expect(localDayIn(instant, 'Europe/Vienna')).toBe('2026-11-26');
    expect(localDayIn(instant, 'America/Los_Angeles')).toBe('2026-11-25');
  });

  it.each([
    ['2026-02-29', 'UTC', '"2026-02-29" is not a day written YYYY-MM-DD.'],
    ['26-11-25', 'UTC', '"26-11-25" is not a day written YYYY-MM-DD.'],
    ['2026-11-25', 'Mars/Olympus', '"Mars/Olympus" is not a time zone (an IANA name, as Europe/Vienna).'],
  ])('%s in %s is refused: %s', (day, zone, sentence) => {
    expect(() => dayPeriod(day, zone)).toThrow(sentence);
  });
});

describe('shifts from the audit trail', () => {
  const entries = [
    { at: '2026-11-25T08:00:00.000Z', action: 'shift-start', detail: 'Mira' },
    { at: '2026-11-25T09:00:00.000Z', action: 'settings', detail: 'paper' },
    { at: '2026-11-25T12:00:00.000Z', action: 'shift-start', detail: 'Jon' }, // Jon takes over without an end
    { at: '2026-11-25T17:00:00.000Z', action: 'shift-end', detail: 'Jon' },
    { at: '2026-11-25T18:00:00.000Z', action: 'shift-start', detail: 'Ana' },
  ];

  it('each runs to the next start or end; the last runs until now', () => {
    const shifts = shiftsIn(entries);
    expect(shifts).toEqual([
      {
        id: '2026-11-25T08:00:00.000Z',
        clerk: 'Mira',
        from: '2026-11-25T08:00:00.000Z',
        to: '2026-11-25T12:00:00.000Z',
      },
      {
        id: '2026-11-25T12:00:00.000Z',
        clerk: 'Jon',
        from: '2026-11-25T12:00:00.000Z',
        to: '2026-11-25T17:00:00.000Z',
      },
      { id: '2026-11-25T18:00:00.000Z', clerk: 'Ana', from: '2026-11-25T18:00:00.000Z' },
    ]);
    const now = new Date('2026-11-25T19:00:00.000Z');
    expect(shiftPeriod('2026-11-25T18:00:00.000Z', shifts, now, 'UTC')).toMatchObject({
      kind: 'shift',
      from: '2026-11-25T18:00:00.000Z',
      to: '2026-11-25T19:00:00.000Z',
    });
    expect(() => shiftPeriod('2026-11-25T09:00:00.000Z', shifts, now, 'UTC')).toThrow(
      "There is no shift 2026-11-25T09:00:00.000Z in this counter's audit trail",
    );
  });
});

describe('stores and counters', () => {
  it('a store is the counter id before its last "-"; without one, the whole account', () => {
    expect(storeOf('VIE3-1')).toBe('VIE3');
    expect(storeOf('VIE3-EAST-2')).toBe('VIE3-EAST');
    expect(storeOf('COUNTER')).toBeNull();
  });

  it('a sale id names its counter, however many "-" the counter id holds', () => {
    expect(counterOfSaleId(newSaleId('VIE3-1'))).toBe('VIE3-1');
    expect(counterOfSaleId(newSaleId('VIE3-EAST-10'))).toBe('VIE3-EAST-10');
    expect(counterOfSaleId('Paid in cash')).toBeUndefined();
    expect(counterOfSaleId('VIE3-1-NOT-A-ULID')).toBeUndefined();
  });

  it('the store of VIE3-1 covers VIE3-2 and VIE3-10, not VIE30-1 nor VIE3 itself; the counter alone covers itself', () => {
    const store = scopeOf('VIE3-1', true);
    expect(['VIE3-1', 'VIE3-2', 'VIE3-10', 'VIE30-1', 'VIE3', 'LON1-1'].filter(store.coversCounter)).toEqual([
      'VIE3-1',
      'VIE3-2',
      'VIE3-10',
    ]);
    expect(store.covers(newSaleId('VIE3-2'))).toBe(true);
    expect(store.covers('Paid in cash')).toBe(false);
    expect(scopeOf('VIE3-1', false).covers(newSaleId('VIE3-2'))).toBe(false);
    const account = scopeOf('COUNTER', true);
    expect(account.store).toBeNull();
    expect([account.covers('Paid in cash'), account.covers(null), account.covers(newSaleId('LON1-1'))]).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe('money in minor units', () => {
  it('prices become whole minor units of their currency', () => {
    expect([
      toMinor(4.99, 'USD'),
      toMinor(0.1, 'EUR'),
      toMinor(1.15, 'EUR'),
      toMinor(1500, 'JPY'),
      toMinor(1.234, 'KWD'),
    ]).toEqual([499, 10, 115, 1500, 1234]);
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('and are written back as plain decimals, negative ones too', () => {
    expect([minorToDecimal(1928, 'USD'), minorToDecimal(5, 'USD'), minorToDecimal(-20, 'USD')]).toEqual([
      '19.28',
      '0.05',
      '-0.20',
    ]);
    expect([minorToDecimal(1500, 'JPY'), minorToDecimal(1234, 'KWD'), minorToDecimal(0, 'EUR')]).toEqual([
      '1500',
      '1.234',
      '0.00',
    ]);
    expect(formatMinor(1928, 'USD')).toBe('$19.28');
    expect(formatMinor(-20, 'EUR', 'de')).toBe('-0,20\u00a0€');
  });
});
