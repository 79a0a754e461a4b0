import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

/**
 * The voice prompts in both vite modes. Each runs scripts/voice/render-prompts.ts as a child process, so the
 * config stays small: it renders with espeak-ng what is not yet in .cache/voice/ and copies the clips and the
 * manifest into `<out>/voice/`.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/voice/render-prompts.ts');
/** Where `vite dev` keeps its copy of the clips (the build writes into dist/renderer/ instead). */
export const DEV_VOICE_OUT = join(ROOT, '.cache/dev-renderer');
const run = promisify(execFile);

/** `vite build`: the prompts go into dist/renderer/voice/ after the bundle is written. */
export function voicePrompts(): Plugin {
  let outDir = '';
  return {
    name: 'zizhu-voice-prompts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, '--out', outDir], { stdio: 'inherit' });
    },
  };
}

/**
 * `vite dev`: the same clips, so development hears what the kiosk says. Rendered when the server starts and
 * again when a locale file changes; a request for voice/ waits for the rendering under way.
 */
export function devVoicePrompts(): Plugin {
  let rendered: Promise<void> = Promise.resolve();
  const render = (log: (line: string) => void) => {
    rendered = rendered
      .then(() => run(process.execPath, ['--import', 'tsx', SCRIPT, '--out', DEV_VOICE_OUT]))
      .then(({ stdout }) => log(stdout.trim()))
      .catch((e: unknown) => log(`voice prompts not rendered: ${(e as Error).message}`));
  };
  return {
    name: 'zizhu-dev-voice-prompts',
    apply: 'serve',
    configureServer(server) {
      const log = (line: string) => server.config.logger.info(line);
      render(log);
      server.watcher.on('change', (file) => {
        if (/renderer[\\/](i18n[\\/]locales|keyboard)[\\/]/.test(file)) render(log);
      });
      server.middlewares.use('/voice/', (req, res, next) => {
        const name = basename(new URL(req.url ?? '/', 'http://dev').pathname);
        void rendered.then(() => {
          const file = join(DEV_VOICE_OUT, 'voice', name);
          if (!/^[\w.-]+\.(ogg|json)$/.test(name) || !existsSync(file)) return next();
          const type = extname(name) === '.ogg' ? 'audio/ogg' : 'application/json; charset=utf-8';
          res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
          createReadStream(file).pipe(res);
        });
      });
    },
  };
}
