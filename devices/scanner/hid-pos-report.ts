/**
 * HID POS scanned-data reports (usage page 0x8C, report ID 0x02; devices.md §3.2). Offsets after the report ID:
 *
 *   0       data length in this report (≤ 56)
 *   1–3     AIM symbology identifier (`]Q1` for QR); some scanners put one extra byte first (`]` at 2)
 *   4–59    data
 *   60      vendor symbology byte (Honeywell: 0x73 = QR)
 *   62      ≠ 0: more reports follow for the same code
 *
 * node-hid (hidraw / Windows) delivers numbered reports with the report ID as byte 0; WebHID strips it.
 */

export const HID_POS_REPORT_ID = 0x02;
/** Report body without the report ID. */
export const HID_POS_BODY_LENGTH = 63;
export const HID_POS_DATA_OFFSET = 4;
export const HID_POS_MAX_DATA = 56;
export const HID_POS_SYMBOLOGY_OFFSET = 60;
export const HID_POS_MORE_OFFSET = 62;

export type HidPosFragment = Readonly<{
  aim: string | null;
  data: Uint8Array;
  more: boolean;
}>;

/**
 * Parses one input report as read from node-hid. Returns null for reports that are not scanned data (other
 * report IDs, runt reports).
 */
export function parseHidPosReport(report: Uint8Array, reportIdIncluded = true): HidPosFragment | null {
  let body = report;
  if (reportIdIncluded) {
    if (report[0] !== HID_POS_REPORT_ID) return null;
    body = report.subarray(1);
  }
  if (body.length < HID_POS_DATA_OFFSET + 1) return null;
  let dataOffset = HID_POS_DATA_OFFSET;
  let aimOffset = 1;
  // Variant with one extra leading byte: ']' at 2 instead of 1.
  if (body[1] !== 0x5d && body[2] === 0x5d) {
    aimOffset = 2;
    dataOffset = HID_POS_DATA_OFFSET + 1;
  }
  const aim =
    body[aimOffset] === 0x5d ? String.fromCharCode(...body.subarray(aimOffset, aimOffset + 3)) : null;
  const length = Math.min(body[0] ?? 0, HID_POS_MAX_DATA, Math.max(0, body.length - dataOffset));
  return {
    aim,
    data: body.slice(dataOffset, dataOffset + length),
    more: (body[HID_POS_MORE_OFFSET] ?? 0) !== 0,
  };
}

export type HidPosScan = Readonly<{ text: string; aim: string | null }>;

/**
 * Joins the fragments of one code. A partial code that is not continued within `staleAfterMs` is dropped
 * (scanner unplugged mid-code), and the total is capped so a stuck "more" flag cannot grow memory.
 */
export class HidPosReassembler {
  private parts: Uint8Array[] = [];
  private size = 0;
  private aim: string | null = null;
  private lastAt = 0;

  constructor(
    private readonly options: { reportIdIncluded?: boolean; staleAfterMs?: number; maxBytes?: number } = {},
  ) {}

  push(report: Uint8Array, now: number): HidPosScan | null {
    const fragment = parseHidPosReport(report, this.options.reportIdIncluded ?? true);
    if (!fragment) return null;
    if (this.parts.length > 0 && now - this.lastAt > (this.options.staleAfterMs ?? 500)) this.reset();
    if (this.parts.length === 0) this.aim = fragment.aim;
    this.lastAt = now;
    this.parts.push(fragment.data);
    this.size += fragment.data.length;
    if (this.size > (this.options.maxBytes ?? 8192)) {
      this.reset();
      return null;
    }
    if (fragment.more) return null;
    const all = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      all.set(p, at);
      at += p.length;
    }
    const aim = this.aim;
    this.reset();
    // Decode after joining so a UTF-8 sequence split across reports survives.
    const text = new TextDecoder('utf-8').decode(all).replace(/[\r\n]+$/, '');
    return text === '' ? null : { text, aim };
  }

  reset(): void {
    this.parts = [];
    this.size = 0;
    this.aim = null;
  }
}
