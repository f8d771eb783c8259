// `npm run bench`: the benchmarks run one after another (they measure; they must not compete) and print
// their figures. They are not tests: no figure fails the run. Every benchmark of one run records its
// figures in the same dated file, bench/results/<BENCH_RUN>.json (see bench/report.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    reporters: ['dot'],
    env: { BENCH_RUN: process.env.BENCH_RUN ?? new Date().toISOString().replace(/[:.]/g, '-') },
  },
});
