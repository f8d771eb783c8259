// The house's size and shape, measured on src/ by the TypeScript compiler's own parser
// (test/support/architecture.ts): no code file over 300 lines, no function over 80 lines outside its JSX
// markup, no import cycle, `import type` included. The probes first show each check finds what it looks
// for; then all of src/ must hold.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, longFunctions, oversizedFiles } from '../support/architecture';

const SRC = join(__dirname, '../../src');

function probeTree(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'esim-counter-architecture-')), 'src');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const lines = (count: number, line = (index: number) => `  const value${index} = ${index};`) =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

const everyFinding = () => [...oversizedFiles(SRC), ...longFunctions(SRC), ...importCycles(SRC)];

describe('the checks find what they look for (probes)', () => {
  it('a code file over 300 lines, and not one of 300 or a message catalogue', () => {
    const root = probeTree({
      'long.ts': `${lines(301, (index) => `export const line${index} = ${index};`)}\n`,
      'fits.ts': `${lines(300, (index) => `export const line${index} = ${index};`)}\n`,
      'styles/long.css': `${lines(320, (index) => `.rule-${index} { color: black; }`)}\n`,
      'i18n/en.json': `{\n${lines(400, (index) => `  "key${index}": "text",`)}\n  "last": "text"\n}\n`,
    });
    expect(oversizedFiles(root)).toEqual([
      { file: 'src/long.ts', detail: '301 lines' },
      { file: 'src/styles/long.css', detail: '320 lines' },
    ]);
  });

  it('a function over 80 lines outside its JSX markup, nested or not, and not a component whose markup is long', () => {
    const root = probeTree({
      'long.ts': `export function tooLong() {\n${lines(79)}\n}\nexport const fits = () => {\n${lines(78)}\n};\n`,
      'nested.ts': `export class Holder {\n  method() {\n    return () => {\n${lines(81)}\n    };\n  }\n}\n`,
      'View.tsx': [
        'export function View({ rows }: { rows: string[] }) {',
        lines(20),
        '  return (',
        '    <ul>',
        lines(150, (index) => `      <li key="${index}">{rows[${index % 3}]}</li>`),
        '    </ul>',
        '  );',
        '}',
        '',
      ].join('\n'),
    });
    expect(longFunctions(root)).toEqual([
      { file: 'src/long.ts', detail: 'tooLong (line 1): 81 lines' },
      { file: 'src/nested.ts', detail: 'method (line 2): 85 lines' },
      { file: 'src/nested.ts', detail: '(anonymous) (line 3): 83 lines' },
    ]);
  });

  it('an import cycle, however it is written: `import type`, a re-export, a longer ring', () => {
    const root = probeTree({
      'a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
      'ring/one.ts': "export { two } from './two';\nexport const one = 1;\n",
      'ring/two.ts': "import { three } from './three';\nexport const two = three;\n",
      'ring/three.ts': "import { one } from './one';\nexport const three = one;\n",
      'line/first.ts': "import { second } from './second';\nexport const first = second;\n",
      'line/second.ts': 'export const second = 2;\n',
    });
    expect(importCycles(root)).toEqual(
      expect.arrayContaining([
        { file: 'src/a.ts', detail: 'import cycle among src/a.ts, src/b.ts' },
        { file: 'src/ring/one.ts', detail: 'import cycle among src/ring/one.ts, src/ring/three.ts, src/ring/two.ts' },
      ]),
    );
    expect(importCycles(root)).toHaveLength(2);
  });
});

describe('src/: main, shared, preload, the renderer, the simulator and the CLI', () => {
  it('holds no file over 300 lines, no function over 80 lines, and no import cycle', () => {
    expect(everyFinding()).toEqual([]);
  });
});
