import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardFixture } from '../../devices/idcard/fixtures';
import {
  startIdCardSimulator,
  type RunningIdCardSimulator,
} from '../../devices/idcard/start-id-card-simulator';
import { maskIdNumber } from '../../domain/id-number';
import { startCoreUnderHost, type CoreUnderHost } from '../../tests/support/core-under-host';
import { connectAsPage } from '../../tests/support/page-client';
import { DEV_ADMIN_PIN } from '../demo/dev-admin-pins';

/**
 * The shipped process model: the kiosk core in its own child process behind the browser host, reached as the
 * page reaches it. The settings live in the core, so a technician's change must re-compose the core's devices
 * there, with no restart of either process.
 */
let running: CoreUnderHost | null = null;
let reader: RunningIdCardSimulator | null = null;
afterEach(async () => {
  await running?.close();
  await reader?.close();
  running = null;
  reader = null;
});

describe('a technician reconfigures a kiosk whose core runs in its own process', () => {
  it(
    'switches the ID-card reader from the simulator to a socat pty with a simulator on it and reads a card, no restart',
    { timeout: 90_000 },
    async () => {
      running = await startCoreUnderHost();
      const page = await connectAsPage(running.host.url);
      const unlocked = await page.call('adminGate.unlock', { role: 'technician', pin: DEV_ADMIN_PIN });
      if (!unlocked.ok || !unlocked.value.ok)
        throw new Error('the development PIN should unlock a demo kiosk');
      const adminToken = unlocked.value.adminToken;

      reader = await startIdCardSimulator();
      const hostPath = reader.hostPath ?? '';
      const saved = await page.call('tech.saveDevice', {
        adminToken,
        change: { device: 'idcard', port: hostPath, baudRate: 115200, pollMs: 100 },
      });
      expect(saved).toEqual({ ok: true, value: { saved: true } });
      const file = JSON.parse(readFileSync(join(running.dataDir, 'settings.json'), 'utf8')) as {
        devices: { idcard: { port: string } };
      };
      expect(file.devices.idcard.port).toBe(hostPath);

      const sim = reader;
      const reading = page.call('tech.selfTest', { adminToken, device: 'idcard', timeoutMs: 20_000 });
      setTimeout(() => sim.simulator.present('resident'), 500);
      const card = cardFixture('resident').card;
      expect(await reading).toEqual({
        ok: true,
        value: { ok: true, card: { idNumber: maskIdNumber(card.idNumber), name: '陈*欣' } },
      });

      // The same core served it all: it was never restarted.
      expect(running.channels).toHaveLength(1);
      // A resident's 身份认证 now reads from the new reader too.
      const events: string[] = [];
      page.subscribe((e) => events.push(e.type));
      sim.simulator.remove();
      expect(await page.call('identity.start', { sessionId: 's-after-switch' })).toEqual({
        ok: true,
        value: { reader: 'ok' },
      });
      sim.simulator.present('resident');
      const until = Date.now() + 20_000;
      while (!events.includes('identity.card') && Date.now() < until)
        await new Promise((r) => setTimeout(r, 50));
      expect(events).toContain('identity.card');
    },
  );
});
