import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rareFont } from './scripts/fonts/rare-font-plugin.ts';
import { devVoicePrompts, voicePrompts } from './scripts/voice/vite-voice-plugins.ts';

/** Builds the renderer only; the Node side runs from TypeScript (tsx) or is bundled by scripts/build-electron.ts. */
export default defineConfig({
  root: 'renderer',
  base: './',
  // The voice prompts are rendered with espeak-ng at build time and shipped in dist/renderer/voice/ (served
  // by `vite dev` too); the 生僻字 font is shipped in dist/renderer/fonts/.
  plugins: [react(), voicePrompts(), devVoicePrompts(), rareFont()],
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
