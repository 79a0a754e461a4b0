import { startBenchKiosk } from './bench-kiosk';

/**
 * The renderer soak's kiosk process (bench/soak.bench.ts runs it as `node --expose-gc --import tsx`, so it can
 * force garbage collection and its memory is the kiosk's alone): every Node-side service and the browser host
 * with simulated devices and the embedded province. It prints `SOAK_HOST_URL <url>`, then answers IPC
 * messages: 'sample' → its memory after forced GC, 'stop' → closes and exits.
 */
export type HostSample = Readonly<{ rss: number; heapUsed: number; external: number; arrayBuffers: number }>;

async function settledMemory(): Promise<HostSample> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('soak: run with node --expose-gc');
  // Several rounds with pauses: finalizers and native frees (sharp buffers, closed handles) run in between.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 150));
  }
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

const kiosk = await startBenchKiosk({ withHost: true });
process.stdout.write(`SOAK_HOST_URL ${kiosk.url}\n`);
process.on('message', (message) => {
  if (message === 'sample') void settledMemory().then((m) => process.send?.({ sample: m }));
  if (message === 'stop') void kiosk.close().then(() => process.exit(0));
});
process.once('SIGTERM', () => process.exit(143));
