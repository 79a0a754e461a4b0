import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderPrompts } from './render-prompts';

/** `vite build` renders the voice prompts (cached) and ships them in `<outDir>/voice/` beside the renderer. */
export function voicePrompts(): Plugin {
  let outDir = '';
  return {
    name: 'zizhu-voice-prompts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const report = await renderPrompts({ outDir, log: (line) => this.warn(line) });
      this.info(
        `voice: ${report.clips} clips, ${(report.bytes / 1024 / 1024).toFixed(2)} MiB (${report.rendered} rendered now)`,
      );
    },
  };
}
