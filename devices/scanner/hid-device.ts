/**
 * The slice of a node-hid device the scanner driver uses, so it can be driven by the simulator in tests.
 * `HID.HIDAsync` satisfies it.
 */
export type HidDeviceLike = {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): Promise<void> | void;
};

export type OpenHidDevice = () => Promise<HidDeviceLike>;
