import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { voicePrompts } from './scripts/voice/vite-plugin';

/** Builds the renderer only; the Node side runs from TypeScript (tsx) or is bundled by scripts/build-electron.ts. */
export default defineConfig({
  root: 'renderer',
  base: './',
  // The voice prompts are rendered with espeak-ng at build time and shipped in dist/renderer/voice/.
  plugins: [react(), voicePrompts()],
  // The pinyin candidate table is one lazily loaded ~1.7 MB chunk by design (renderer/keyboard).
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2048,
  },
  server: { port: 5781, strictPort: true },
});
