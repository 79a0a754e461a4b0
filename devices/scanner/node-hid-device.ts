import type { OpenHidDevice } from './hid-device';

/**
 * Opens a HID POS scanner with node-hid. The device is chosen by vendor/product id when configured, otherwise by
 * the bar-code-scanner usage page 0x8C (on Linux hidraw reports usagePage per interface). Honeywell and Youjie
 * scanners are switched into HID POS mode with feature report 0xFE [0x01] (devices.md §3.2); failure to do so is
 * ignored (the scanner may already be in that mode). Linux needs a udev rule for the hidraw node.
 */

export const HID_POS_USAGE_PAGE = 0x8c;
const NEEDS_HID_POS_SWITCH = new Set([0x0c2e, 0x23d0]);

export type NodeHidSelector = Readonly<{ vendorId?: number; productId?: number; usagePage?: number }>;

export function nodeHidOpener(selector: NodeHidSelector = {}): OpenHidDevice {
  return async () => {
    // Loaded lazily: the native module is only needed when a real scanner is configured.
    const HID = await import('node-hid');
    const all = await HID.devicesAsync();
    const usagePage = selector.usagePage ?? HID_POS_USAGE_PAGE;
    const candidates = all.filter(
      (d) =>
        (selector.vendorId === undefined || d.vendorId === selector.vendorId) &&
        (selector.productId === undefined || d.productId === selector.productId) &&
        d.path !== undefined,
    );
    const chosen =
      candidates.find((d) => d.usagePage === usagePage) ??
      (selector.vendorId !== undefined && selector.productId !== undefined ? candidates[0] : undefined);
    if (!chosen?.path) throw new Error('no HID POS scanner found');
    const device = await HID.HIDAsync.open(chosen.path);
    if (NEEDS_HID_POS_SWITCH.has(chosen.vendorId)) {
      await device.sendFeatureReport([0xfe, 0x01]).catch(() => 0);
    }
    return device;
  };
}
