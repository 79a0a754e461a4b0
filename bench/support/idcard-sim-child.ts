import { startIdCardSimulator } from '../../devices/idcard/start-id-card-simulator';
import { seedPersonCards } from '../../kiosk/demo/seed-cards';

/**
 * The ID-card simulator in a process of its own for bench/idcard-read.bench.ts (`node --import tsx`, IPC): a
 * real reader is a device with its own clock, so the simulator's byte pacing (timers every 32 bytes) must not
 * wait behind the kiosk's event loop, nor the kiosk behind it. Exchanges are reported in epoch ms
 * (performance.timeOrigin + now()); the parent measures this clock's offset with `clock` pings.
 *
 * Messages in: { type: 'present', cardId } | { type: 'remove' } | { type: 'clock', id } | { type: 'close' }.
 * Messages out: { type: 'ready', hostPath } | { type: 'exchange', … } | { type: 'clock', id, now }.
 */

const baudRate = Number(process.env.IDCARD_BAUD ?? 115200);
const send = (message: unknown) => process.send?.(message);
const epoch = (perfNow: number) => performance.timeOrigin + perfNow;

const running = await startIdCardSimulator({ baudRate, emulateWireTime: true });
const cards = seedPersonCards();
running.simulator.on('exchange', (e) =>
  send({ type: 'exchange', ...e, requestAt: epoch(e.requestAt), repliedAt: epoch(e.repliedAt) }),
);

process.on('message', (m: { type: string; cardId?: string; id?: number }) => {
  if (m.type === 'present') {
    const card = cards.find((c) => c.id === m.cardId);
    if (card) running.simulator.present(card);
  } else if (m.type === 'remove') running.simulator.remove();
  else if (m.type === 'clock') send({ type: 'clock', id: m.id, now: epoch(performance.now()) });
  else if (m.type === 'close') void running.close().then(() => process.exit(0));
});
process.on('disconnect', () => void running.close().then(() => process.exit(0)));
send({ type: 'ready', hostPath: running.hostPath });
