// Lint, and the floors of the house: shared imports nothing of ours; main, preload and renderer import
// shared and never each other; the core never imports electron (it runs in plain Node and in tests).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const floor = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures without dependencies are declared with an empty destructuring pattern.
    files: ['test/browser/**', 'test/electron/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: floor(['../*', '!./*', 'electron', 'node:*'], 'src/shared is pure TypeScript and imports nothing of ours.'),
  },
  {
    files: ['src/renderer/**'],
    rules: floor(['**/main/**', '**/preload/**', 'electron', 'node:*'], 'The renderer imports only src/shared.'),
  },
  {
    files: ['src/preload/**'],
    rules: floor(['**/main/**', '**/renderer/**'], 'The preload imports only src/shared and electron.'),
  },
  {
    files: ['src/main/**'],
    rules: floor(['**/renderer/**', '**/preload/**'], 'main imports only src/shared.'),
  },
  {
    files: ['src/main/core/**', 'src/main/simulator/**', 'src/main/cli/**', 'src/main/cli.ts'],
    rules: floor(
      [
        '**/renderer/**',
        '**/preload/**',
        'electron',
        'electron-store',
        'electron-log/main',
        'electron-log/renderer',
        '../glue/*',
      ],
      'The core runs in plain Node: it never imports electron.',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
