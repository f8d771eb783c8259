// electron-vite builds three bundles. main (and the CLI, which shares the core) is CommonJS for Node: the
// ESM-only libraries (got, conf) are bundled into it, the rest stay in node_modules. The
// preload is one self-contained CommonJS file, because a sandboxed preload cannot load modules or ESM.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const ESM_ONLY = ['got', 'conf'];

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
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          customer: resolve(__dirname, 'src/renderer/customer.html'),
        },
      },
    },
    plugins: [react()],
  },
});
