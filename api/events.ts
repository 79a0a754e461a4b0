import { z } from 'zod';

/** Things the Node side tells the renderer without being asked (device activity, sync progress). */
export const DeviceName = z.enum(['idcard', 'scanner', 'printer', 'camera', 'province']);

export const KioskEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('device.status'),
    device: DeviceName,
    status: z.enum(['ok', 'disconnected', 'error']),
    code: z.string().optional(),
  }),
]);
export type KioskEvent = z.infer<typeof KioskEvent>;
export type KioskEventListener = (event: KioskEvent) => void;
