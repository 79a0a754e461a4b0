import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { RARE_FONT_FILES, RARE_FONT_URL_DIR, rareFontDir, rareFontSources } from './rare-font.ts';

/**
 * Ships the 生僻字 font with the renderer (dist/renderer/fonts/, and so in the Electron package, which takes
 * dist/**), so no kiosk depends on the fonts its OS happens to have; `vite dev` serves the same files from
 * where Debian installed them. A build without them stops with what to install.
 */
export function rareFont(): Plugin {
  let outDir = '';
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'zizhu-rare-font',
    config(_, env) {
      command = env.command;
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      if (command !== 'build') return;
      try {
        rareFontSources();
      } catch (e) {
        this.error((e as Error).message);
      }
    },
    writeBundle() {
      const dir = join(outDir, RARE_FONT_URL_DIR);
      mkdirSync(dir, { recursive: true });
      for (const file of rareFontSources()) copyFileSync(file, join(dir, basename(file)));
    },
    configureServer(server) {
      server.middlewares.use(`/${RARE_FONT_URL_DIR}/`, (req, res, next) => {
        const name = basename(new URL(req.url ?? '/', 'http://dev').pathname);
        const file = join(rareFontDir(), name);
        if (!(RARE_FONT_FILES as readonly string[]).includes(name) || !existsSync(file)) return next();
        res.writeHead(200, { 'content-type': 'font/ttf' });
        createReadStream(file).pipe(res);
      });
    },
  };
}
