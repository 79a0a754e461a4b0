import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the renderer only; the Node side runs from TypeScript (tsx) or is bundled by scripts/build-electron.ts. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome120', sourcemap: true },
  server: { port: 5781, strictPort: true },
});
