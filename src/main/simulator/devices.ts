// The simulator's supported devices list, in one plausible form of the undocumented Supported Devices API:
// a list of brands, each with its models' names. Realistic enough to search (several generations and
// variants of the same line, as the clerk meets them), not a claim about what Gigastore lists.
import type { DeviceBrandList } from '../../shared/gigastore-devices';

const range = (from: number, to: number, name: (n: number) => string[]) =>
  Array.from({ length: to - from + 1 }, (_, index) => name(from + index)).flat();

export const DEMO_DEVICES: DeviceBrandList = [
  {
    brand: 'Apple',
    models: [
      'iPhone XR',
      'iPhone XS',
      'iPhone XS Max',
      'iPhone 11',
      'iPhone 11 Pro',
      'iPhone 11 Pro Max',
      'iPhone SE (2020)',
      'iPhone SE (2022)',
      ...range(12, 13, (n) => [`iPhone ${n} mini`]),
      ...range(12, 16, (n) => [`iPhone ${n}`, `iPhone ${n} Pro`, `iPhone ${n} Pro Max`]),
      ...range(14, 16, (n) => [`iPhone ${n} Plus`]),
      'iPad Pro 11-inch (4th generation)',
      'iPad Air (5th generation)',
    ],
  },
  {
    brand: 'Samsung',
    models: [
      ...range(20, 24, (n) => [`Galaxy S${n}`, `Galaxy S${n}+`, `Galaxy S${n} Ultra`]),
      'Galaxy S23 FE',
      'Galaxy Note 20',
      'Galaxy Note 20 Ultra',
      ...range(3, 6, (n) => [`Galaxy Z Fold${n}`, `Galaxy Z Flip${n}`]),
      'Galaxy A54',
      'Galaxy A55',
    ],
  },
  {
    brand: 'Google',
    models: [
      'Pixel 3',
      'Pixel 3 XL',
      'Pixel 4',
      'Pixel 4 XL',
      'Pixel 4a',
      'Pixel 5',
      ...range(6, 9, (n) => [`Pixel ${n}`, `Pixel ${n} Pro`]),
      ...range(6, 8, (n) => [`Pixel ${n}a`]),
      'Pixel 9 Pro XL',
      'Pixel Fold',
    ],
  },
  {
    brand: 'Motorola',
    models: ['Razr 40', 'Razr 40 Ultra', 'Edge 40', 'Edge 40 Pro'],
  },
  {
    brand: 'Xiaomi',
    models: ['13T Pro', 'Xiaomi 13 Lite', 'Xiaomi 14', 'Xiaomi 14 Pro'],
  },
  { brand: 'OnePlus', models: ['OnePlus 11', 'OnePlus 12', 'OnePlus Open'] },
  { brand: 'Huawei', models: ['P40', 'P40 Pro', 'Mate 40 Pro'] },
  { brand: 'Oppo', models: ['Find X3 Pro', 'Find X5', 'Find X5 Pro', 'Find N2 Flip'] },
  { brand: 'Sony', models: ['Xperia 1 IV', 'Xperia 5 IV', 'Xperia 10 IV', 'Xperia 1 V'] },
  { brand: 'Fairphone', models: ['Fairphone 4', 'Fairphone 5'] },
];
