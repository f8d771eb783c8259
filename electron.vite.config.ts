// electron-vite builds three bundles. main (and the CLI, which shares the core) is CommonJS for Node: the
// ESM-only libraries (got, electron-store, conf) are bundled into it, the rest stay in node_modules. The
// preload is one self-contained CommonJS file, because a sandboxed preload cannot load modules or ESM.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const ESM_ONLY = ['got', 'electron-store', 'conf'];
/** Where the customer display's fonts land in out/renderer (src/main/core/receipt/receipt-fonts.ts reads them there). */
const BUNDLED_FONTS_FOLDER = 'assets/fonts';

/** `virtual:customer-strings/<language>`, and the module it resolves to (its chunk is named after it): see customerStrings(). */
const CUSTOMER_STRINGS_IMPORT = /^virtual:customer-strings\/([a-z]{2})$/;
const CUSTOMER_STRINGS_MODULE = /^\0customer-strings-([a-z]{2})\.js$/;
/** The parts of a language file the customer display reads (src/renderer/customer/i18n.ts types them). */
const CUSTOMER_DISPLAY_PARTS = ['customer', 'validity', 'coverage'];

/**
 * One module per customer language holding only the customer display's parts of src/shared/i18n/<language>.json.
 * Importing the JSON itself would not do: en.json and de.json are also the clerk window's, and a module both
 * windows import lands whole in a chunk they share, so the display would load every clerk string with it.
 * A module of its own per language becomes its own chunk when imported dynamically, and nothing else's.
 */
function customerStrings(): Plugin {
  return {
    name: 'customer-strings',
    resolveId(id) {
      const language = CUSTOMER_STRINGS_IMPORT.exec(id)?.[1];
      return language ? `\0customer-strings-${language}.js` : undefined;
    },
    load(id) {
      const language = CUSTOMER_STRINGS_MODULE.exec(id)?.[1];
      if (!language) return undefined;
      const file = resolve(__dirname, `src/shared/i18n/${language}.json`);
      this.addWatchFile(file);
      const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const parts = Object.fromEntries(CUSTOMER_DISPLAY_PARTS.map((part) => [part, strings[part]]));
      return `export default ${JSON.stringify(parts)};`;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ESM_ONLY },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      // Each preload one self-contained file: a sandboxed preload cannot require a shared chunk.
      isolatedEntries: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/preload/index.ts'),
          customer: resolve(__dirname, 'src/preload/customer.ts'),
        },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      minify: true,
      // The bundled fonts stay files (a data: URL would break font-src 'self'), under the names their
      // package gives them: the receipt in main finds the same files there in a packaged app.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          customer: resolve(__dirname, 'src/renderer/customer.html'),
        },
        output: {
          assetFileNames: (asset) =>
            asset.names.some((name) => name.endsWith('.woff2'))
              ? `${BUNDLED_FONTS_FOLDER}/[name][extname]`
              : 'assets/[name]-[hash][extname]',
        },
      },
    },
    plugins: [react(), customerStrings()],
  },
});
