import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The voice prompts, rendered with espeak-ng into dist/renderer/voice/ after the bundle is written (cached in
 * .cache/voice/, so only changed strings are rendered again). A child process, so the config stays small.
 */
function voicePrompts(): Plugin {
  let outDir = '';
  return {
    name: 'zizhu-voice-prompts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const script = resolve(import.meta.dirname, 'scripts/voice/render-prompts.ts');
      execFileSync(process.execPath, ['--import', 'tsx', script, '--out', outDir], { stdio: 'inherit' });
    },
  };
}
