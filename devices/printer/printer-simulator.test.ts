import { describe, expect, it } from 'vitest';
import { encodeReceipt } from './encode-receipt';
import { PrinterSimulator } from './printer-simulator';
import type { PrintedReceipt } from './receipt-assembler';

const hex = (chunks: Uint8Array[]): string => chunks.map((c) => Buffer.from(c).toString('hex')).join('');
const job = encodeReceipt(
  {
    blocks: [
      { type: 'text', text: '第一行' },
      { type: 'text', text: '第二行' },
      { type: 'text', text: '第三行' },
      { type: 'cut' },
    ],
  },
  { width: 58 },
).bytes;

function connect(sim: PrinterSimulator): { send: (b: number[] | Uint8Array) => void; replies: Uint8Array[] } {
  const replies: Uint8Array[] = [];
  const session = sim.openSession((b) => replies.push(b));
  return { send: (b) => session.receive(Uint8Array.from(b)), replies };
}

describe('PrinterSimulator', () => {
  it('answers each DLE EOT n with the Epson byte for its state', () => {
    const sim = new PrinterSimulator();
    const { send, replies } = connect(sim);
    send([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03, 0x10, 0x04, 0x04]);
    expect(hex(replies)).toBe('12121212');
    replies.length = 0;
    sim.setPaperOut(true);
    send([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
    expect(hex(replies)).toBe('1a327e');
  });

  it('answers a status query split across chunks', () => {
    const sim = new PrinterSimulator();
    const { send, replies } = connect(sim);
    send([0x10]);
    send([0x04]);
    expect(replies).toEqual([]);
    send([0x02]);
    expect(hex(replies)).toBe('12');
  });

  it('prints byte by byte and tells listeners about each cut receipt', () => {
    const sim = new PrinterSimulator();
    const seen: PrintedReceipt[] = [];
    sim.onReceipt((r) => seen.push(r));
    const { send } = connect(sim);
    for (const b of job) send([b]);
    expect(seen).toHaveLength(1);
    expect(sim.receipts()[0]).toMatchObject({
      lines: ['第一行', '第二行', '第三行'],
      cut: 'partial',
      complete: true,
    });
    sim.clearReceipts();
    expect(sim.receipts()).toEqual([]);
  });

  it('answers GS r 1 only when it can print, and drops a job sent while the paper is out', () => {
    const sim = new PrinterSimulator();
    const { send, replies } = connect(sim);
    send([0x1d, 0x72, 0x01]);
    expect(hex(replies)).toBe('00');
    sim.setPaperOut(true);
    send([...job, 0x1d, 0x72, 0x01]);
    expect(hex(replies)).toBe('00');
    expect(sim.receipts()).toEqual([]);
    expect(sim.droppedCommands).toBeGreaterThan(0);
  });

  it('runs out of paper part-way and keeps the partial receipt', () => {
    const sim = new PrinterSimulator();
    sim.runOutOfPaperAfter(2);
    const { send } = connect(sim);
    send(job);
    expect(sim.status()).toMatchObject({ paperOut: true, online: false });
    expect(sim.receipts()).toEqual([
      expect.objectContaining({ lines: ['第一行', '第二行'], complete: false, cut: null }),
    ]);
  });

  it('says nothing at all while unresponsive', () => {
    const sim = new PrinterSimulator();
    sim.setResponsive(false);
    const { send, replies } = connect(sim);
    send([0x10, 0x04, 0x01, ...job]);
    expect(replies).toEqual([]);
    expect(sim.receipts()).toEqual([]);
  });

  it('delays replies when asked to', async () => {
    const sim = new PrinterSimulator({ replyDelayMs: 20 });
    const reply = new Promise<Uint8Array>((resolve) =>
      sim.openSession(resolve).receive(Uint8Array.of(0x10, 0x04, 0x01)),
    );
    let early: Uint8Array | null = null;
    void reply.then((b) => (early = b));
    await Promise.resolve();
    expect(early).toBeNull(); // not answered synchronously
    expect(hex([await reply])).toBe('12');
    sim.dispose();
  });
});
