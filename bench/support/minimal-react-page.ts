import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The same-run baseline of the browser benches: the smallest honest React 19 page, bundled at bench time with
 * esbuild (production React, minified, like the kiosk's vite build) and served from a throwaway loopback server.
 * It renders one button (`#go`); clicking it shows a second view (`[data-view="b"]` with `#back`), and `#back`
 * returns, so it serves both "time to interactive" and "click to paint". Each view's heading carries an
 * `elementtiming` identifier ('a', 'b') for the benches that time the paint with the Element Timing API.
 */

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const APP_TSX = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [view, setView] = useState<'a' | 'b'>('a');
  return view === 'a' ? (
    <main key="a" data-view="a">
      <h1 elementtiming="a">Minimal page</h1>
      <button id="go" type="button" onClick={() => setView('b')}>Go</button>
    </main>
  ) : (
    <main key="b" data-view="b">
      <h1 elementtiming="b">Second view</h1>
      <button id="back" type="button" onClick={() => setView('a')}>Back</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>baseline</title>
    <script type="module" src="/app.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

export type MinimalReactPage = Readonly<{ url: string; bundleBytes: number; close(): Promise<void> }>;

export async function startMinimalReactPage(): Promise<MinimalReactPage> {
  const bundled = await build({
    stdin: { contents: APP_TSX, loader: 'tsx', resolveDir: PROJECT_ROOT, sourcefile: 'baseline-app.tsx' },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = bundled.outputFiles[0]?.contents;
  if (!js) throw new Error('bench: esbuild produced no baseline bundle');

  const server = createServer((req, res) => {
    const headers = { 'cache-control': 'no-store' };
    if (req.url === '/app.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    } else {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(INDEX_HTML);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bundleBytes: js.byteLength,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
