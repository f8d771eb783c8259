// `npm run bench`: the benchmarks run one after another (they measure; they must not compete) and print
// their figures. They are not tests: no figure fails the run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    reporters: ['dot'],
  },
});
