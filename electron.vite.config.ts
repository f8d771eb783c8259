// electron-vite builds three bundles. main (and the CLI, which shares the core) is CommonJS for Node: the
// ESM-only libraries (got, electron-store, conf) are bundled into it, the rest stay in node_modules. The
// preload is one self-contained CommonJS file, because a sandboxed preload cannot load modules or ESM.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const ESM_ONLY = ['got', 'electron-store', 'conf'];
/** Where the customer display's fonts land in out/renderer (src/main/core/receipt/receipt-fonts.ts reads them there). */
const BUNDLED_FONTS_FOLDER = 'assets/fonts';

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
    plugins: [react()],
  },
});
