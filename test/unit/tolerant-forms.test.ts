// The undocumented answers (supported devices, connectivity, version, localized countries) in every form
// the tolerant schemas claim to read, and the forms they must refuse rather than read as "nothing".
import { describe, expect, it } from 'vitest';
import { ConnectivityAnswerSchema, ConnectivityStatusSchema } from '../../src/shared/gigastore-connectivity';
import { DeviceBrandListSchema, SupportedDevicesAnswerSchema, deviceName } from '../../src/shared/gigastore-devices';
import { ApiVersionAnswerSchema, LocalizedCountryListSchema } from '../../src/shared/gigastore-version';
import { DEMO_DEVICES } from '../../src/main/simulator/devices';

const APPLE_15 = { brand: 'Apple', model: 'iPhone 15' };
const PIXEL_8 = { brand: 'Google', model: 'Pixel 8' };

describe('supported devices: every plausible form reads as the same list', () => {
  const forms: Array<[string, unknown]> = [
    [
      'brands with model names',
      [
        { brand: 'Apple', models: ['iPhone 15'] },
        { brand: 'Google', models: ['Pixel 8'] },
      ],
    ],
    [
      'manufacturers with model objects',
      [
        { manufacturer: 'Apple', devices: [{ name: 'iPhone 15' }] },
        { manufacturer: { name: 'Google' }, devices: [{ modelName: 'Pixel 8' }] },
      ],
    ],
    [
      'brands named by "name"',
      [
        { name: 'Apple', models: [{ model: 'iPhone 15' }] },
        { name: 'Google', models: ['Pixel 8'] },
      ],
    ],
    ['a flat list with brand and model', [APPLE_15, PIXEL_8]],
    [
      'a flat list with other field names',
      [
        { make: 'Apple', deviceName: 'iPhone 15', esim: true },
        { vendor: 'Google', marketingName: 'Pixel 8' },
      ],
    ],
    ['the flat list under data', { data: [APPLE_15, PIXEL_8], total: 2 }],
    ['the flat list under items', { items: [APPLE_15, PIXEL_8] }],
    ['the flat list under devices', { devices: [APPLE_15, PIXEL_8] }],
    [
      'brands under brands',
      {
        brands: [
          { brand: 'Apple', models: ['iPhone 15'] },
          { brand: 'Google', models: ['Pixel 8'] },
        ],
      },
    ],
    ['two levels of wrapping', { data: { devices: [APPLE_15, PIXEL_8] } }],
    ['a map of brand to models', { Apple: ['iPhone 15'], Google: ['Pixel 8'] }],
    ['a map under data', { data: { Apple: ['iPhone 15'], Google: [{ name: 'Pixel 8' }] } }],
  ];

  it.each(forms)('%s', (_form, body) => {
    expect(SupportedDevicesAnswerSchema.parse(body)).toEqual([APPLE_15, PIXEL_8]);
  });

  it('reads a single brand with its models under "devices" without losing the brand', () => {
    expect(SupportedDevicesAnswerSchema.parse({ brand: 'Apple', devices: ['iPhone 15'] })).toEqual([APPLE_15]);
  });

  it('reads plain names without a brand, skips entries it cannot read, and keeps each device once', () => {
    expect(SupportedDevicesAnswerSchema.parse(['Apple iPhone 15', 42, null, { id: 7 }, 'Apple iPhone 15'])).toEqual([
      { brand: '', model: 'Apple iPhone 15' },
      { brand: '', model: '42' },
    ]);
  });

  it('cleans control characters out of names and drops names too long to be one', () => {
    const body = [{ brand: 'Apple\u001b[2J', models: ['iPhone\n15', 'x'.repeat(121)] }];
    expect(SupportedDevicesAnswerSchema.parse(body)).toEqual([{ brand: 'Apple [2J', model: 'iPhone 15' }]);
  });

  it('reads an empty list as an empty list', () => {
    expect(SupportedDevicesAnswerSchema.parse([])).toEqual([]);
    expect(SupportedDevicesAnswerSchema.parse({ data: [] })).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['an error object', { error: 'forbidden', message: 'no' }],
    ['a list of nothing readable', [{ id: 1 }, { id: 2 }]],
    ['a number', 42],
    ['null', null],
    ['a string', 'ok'],
  ])('refuses %s', (_form, body) => {
    expect(SupportedDevicesAnswerSchema.safeParse(body).success).toBe(false);
  });

  it('the simulator’s list is in the schema’s form and reads whole', () => {
    const served = DeviceBrandListSchema.parse(DEMO_DEVICES);
    const count = served.reduce((sum, brand) => sum + brand.models.length, 0);
    expect(SupportedDevicesAnswerSchema.parse(served)).toHaveLength(count);
  });

  it('names a device with its brand once', () => {
    expect(deviceName(APPLE_15)).toBe('Apple iPhone 15');
    expect(deviceName({ brand: 'Fairphone', model: 'Fairphone 5' })).toBe('Fairphone 5');
    expect(deviceName({ brand: '', model: 'Pixel 8' })).toBe('Pixel 8');
  });
});

describe('connectivity: every plausible form', () => {
  const at = '2026-11-25T10:00:00.000Z';
  it.each<[string, unknown, object]>([
    [
      'the simulator’s form',
      ConnectivityStatusSchema.parse({
        iccid: '1',
        connected: true,
        lastSeen: at,
        countryCode: 'AT',
        networkName: 'A1',
      }),
      { connected: true, lastSeen: at, countryCode: 'AT', network: 'A1' },
    ],
    ['a status word', { status: 'ONLINE', lastSeenAt: at }, { connected: true, status: 'ONLINE', lastSeen: at }],
    [
      'a status word and nested network',
      {
        connectivityStatus: 'Not connected',
        lastActivity: Date.parse(at),
        network: { name: 'Orange F', country: 'FR' },
      },
      { connected: false, status: 'Not connected', lastSeen: at, network: 'Orange F', countryCode: 'FR' },
    ],
    [
      'an operator with a country name, epoch seconds',
      { isConnected: false, operatorName: 'Vodafone', countryName: 'Germany', last_seen: Date.parse(at) / 1000 },
      { connected: false, network: 'Vodafone', countryName: 'Germany', lastSeen: at },
    ],
    [
      'a location object',
      { online: true, location: { country: { code: 'es', name: 'Spain' }, operator: 'Movistar' } },
      { connected: true, countryCode: 'ES', countryName: 'Spain', network: 'Movistar' },
    ],
    [
      'wrapped under data',
      { data: { connected: true, country: 'IT', carrier: 'TIM' } },
      { connected: true, countryCode: 'IT', network: 'TIM' },
    ],
    ['a never-seen word', { status: 'NEVER_SEEN' }, { connected: false, neverSeen: true, status: 'NEVER_SEEN' }],
    [
      'not connected with no time or place',
      { connected: false, lastSeen: null, country: null },
      { connected: false, neverSeen: true },
    ],
    ['an empty list of sightings', [], { connected: false, neverSeen: true }],
    [
      'a list of sightings (the latest counts)',
      [
        { lastSeen: '2026-11-20T10:00:00Z', country: 'DE' },
        { lastSeen: at, country: 'AT' },
      ],
      { lastSeen: at, countryCode: 'AT' },
    ],
    ['an unknown status word alone', { status: 'QUARANTINE' }, { status: 'QUARANTINE' }],
  ])('%s', (_form, body, expected) => {
    expect(ConnectivityAnswerSchema.parse(body)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['unrelated fields', { iccid: '89', imsi: '26006' }],
    ['a number', 1],
    ['text', 'connected'],
  ])('refuses %s', (_form, body) => {
    expect(ConnectivityAnswerSchema.safeParse(body).success).toBe(false);
  });
});

describe('version: every plausible form', () => {
  it.each<[string, unknown, string]>([
    ['a JSON string', '1.3.5', '1.3.5'],
    ['a number', 2, '2'],
    ['{ version }', { version: '1.3.5' }, '1.3.5'],
    ['{ apiVersion }', { apiVersion: 'v1.3.5', build: 'abc' }, 'v1.3.5'],
    ['{ info: { version } }', { info: { title: 'Gigastore', version: '1.3.5' } }, '1.3.5'],
    ['{ data: { api_version } }', { data: { api_version: '2024.11' } }, '2024.11'],
    ['the simulator’s answer', { version: 'simulator', simulator: 'x', charges: 'never' }, 'simulator'],
  ])('%s', (_form, body, expected) => {
    expect(ApiVersionAnswerSchema.parse(body)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['an object without a version', { status: 'UP' }],
    ['a string with control characters', '1.3\u001b[2J'],
    ['a string too long to be a version', 'x'.repeat(65)],
    ['null', null],
  ])('refuses %s', (_form, body) => {
    expect(ApiVersionAnswerSchema.safeParse(body).success).toBe(false);
  });
});

describe('localized countries', () => {
  it('reads the documented list and a wrapped one, leaving out names that are only the code', () => {
    const documented = [
      { code: 'au', name: 'AU', imageUrl: '/esim/countries/au/flag' },
      { code: 'AT', name: 'Österreich' },
      { code: 'DE', name: ' ' },
    ];
    const read = [{ code: 'AU' }, { code: 'AT', name: 'Österreich' }, { code: 'DE' }];
    expect(LocalizedCountryListSchema.parse(documented)).toEqual(read);
    expect(LocalizedCountryListSchema.parse({ countries: documented })).toEqual(read);
  });
});
