// The floors of the house, as the lint enforces them at every depth (scripts/eslint-floors.mjs): probe
// imports that break each rule are linted as if they sat at these paths and each must be refused; the
// allowed imports must pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: `${__dirname}/../..` });

async function restricted(filePath: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import '${from}';\n`, { filePath });
  return (result?.messages ?? []).some((message) => message.ruleId === 'floors/floor');
}

const refused: Array<[file: string, from: string]> = [
  ['src/main/core/journal/x.ts', '../../glue/bridge'],
  ['src/main/core/x.ts', '../glue/windows'],
  ['src/main/core/x.ts', '../glue'],
  ['src/main/core/gigastore/deep/x.ts', '../../../glue'],
  ['src/main/core/x.ts', 'electron'],
  ['src/main/core/log/x.ts', 'electron-log'],
  ['src/main/core/log/x.ts', 'electron-log/main'],
  ['src/main/core/x.ts', 'electron-store'],
  ['src/main/core/console/x.ts', '../../index'],
  ['src/main/simulator/x.ts', '../glue/vault'],
  ['src/main/cli/x.ts', 'electron'],
  ['src/main/core/x.ts', '../../renderer/src/App'],
  ['src/shared/x.ts', '../main/core/console'],
  ['src/shared/i18n/x.ts', '../../main/core/console'],
  ['src/shared/x.ts', 'electron'],
  ['src/shared/x.ts', 'node:fs'],
  ['src/renderer/src/screens/history/x.tsx', '../../../../main/core/console'],
  ['src/renderer/src/x.ts', '../../preload/index'],
  ['src/renderer/src/x.ts', 'electron'],
  ['src/renderer/customer/x.ts', 'node:path'],
  ['src/preload/x.ts', '../main/core/console'],
  ['src/preload/x.ts', '../renderer/src/App'],
];

const allowed: Array<[file: string, from: string]> = [
  ['src/main/core/log/x.ts', 'electron-log/node'],
  ['src/main/core/journal/x.ts', '../../../shared/sale'],
  ['src/main/glue/x.ts', 'electron'],
  ['src/main/glue/x.ts', '../core/console'],
  ['src/shared/x.ts', './sale'],
  ['src/shared/x.ts', 'zod'],
  ['src/renderer/src/x.ts', '../../shared/api'],
  ['src/preload/x.ts', 'electron'],
];

describe('the floors of the house hold at every depth', () => {
  it.each(refused)('%s may not import %s', async (file, from) => {
    expect(await restricted(file, from)).toBe(true);
  });

  it.each(allowed)('%s may import %s', async (file, from) => {
    expect(await restricted(file, from)).toBe(false);
  });
});
