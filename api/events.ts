import { z } from 'zod';
import { IdentityPersonSchema } from './wizard-schemas';

/** Things the Node side tells the renderer without being asked (device activity, sync progress). */
export const DeviceName = z.enum(['idcard', 'scanner', 'printer', 'camera', 'province']);

export const KioskEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('device.status'),
    device: DeviceName,
    status: z.enum(['ok', 'disconnected', 'error']),
    code: z.string().optional(),
  }),
  /** The reader found a card and is reading it (the screen shows progress). */
  z.object({ type: z.literal('identity.reading') }),
  z.object({ type: z.literal('identity.card'), person: IdentityPersonSchema }),
  z.object({ type: z.literal('identity.removed') }),
  /** 'unreadable' | 'reader-missing' | … (flow:identity.problems.*). */
  z.object({ type: z.literal('identity.error'), code: z.string() }),
  /** A QR code from the HID scanner (keyboard-wedge scanners are decoded in the renderer). */
  z.object({ type: z.literal('scanner.scan'), text: z.string().max(2048) }),
]);
export type KioskEvent = z.infer<typeof KioskEvent>;
export type KioskEventListener = (event: KioskEvent) => void;
