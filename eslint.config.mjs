// Lint, and the floors of the house: shared imports nothing of ours; main, preload and renderer import
// shared and never each other; the core never imports electron (it runs in plain Node and in tests).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import floors from './scripts/eslint-floors.mjs';
import tseslint from 'typescript-eslint';

// A floor: the folders of ours a file may not import from (however the path is spelled) and the packages
// it may not import (regular expressions). See scripts/eslint-floors.mjs.
const floor = (message, { folders = [], packages = [] }) => ({
  'floors/floor': ['error', { folders, packages, message }],
});
const ELECTRON = ['^electron$', '^electron/'];

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
  // The floors hold at every depth.
  {
    files: ['src/**'],
    plugins: { floors },
  },
  {
    files: ['src/shared/**'],
    rules: floor('src/shared is pure TypeScript and imports nothing of ours.', {
      folders: ['src/main/', 'src/renderer/', 'src/preload/', 'test/', 'bench/', 'scripts/'],
      packages: [...ELECTRON, '^node:'],
    }),
  },
  {
    files: ['src/renderer/**'],
    rules: floor('The renderer imports only src/shared.', {
      folders: ['src/main/', 'src/preload/'],
      packages: [...ELECTRON, '^node:'],
    }),
  },
  {
    files: ['src/preload/**'],
    rules: floor('The preload imports only src/shared and electron.', { folders: ['src/main/', 'src/renderer/'] }),
  },
  {
    files: ['src/main/**'],
    rules: floor('main imports only src/shared.', { folders: ['src/renderer/', 'src/preload/'] }),
  },
  {
    files: ['src/main/core/**', 'src/main/simulator/**', 'src/main/cli/**', 'src/main/cli.ts'],
    rules: floor(
      'The core runs in plain Node: it never imports electron, electron-store, electron-log (but its node build) or the glue.',
      {
        folders: ['src/renderer/', 'src/preload/', 'src/main/glue/', 'src/main/index'],
        // electron-log's main, renderer and preload builds need Electron; its node build does not.
        packages: [...ELECTRON, '^electron-store(/|$)', '^electron-log(?!/node$)(/.*)?$'],
      },
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
