/**
 * Keyboard-wedge scanners "type" the code as fast keystrokes followed by Enter (devices.md §3.1). This decoder
 * tells such a burst from a person typing: every gap between characters must be at most `maxGapMs` (scanners
 * send a key every few ms; people need 60 ms or more), the code must be at least `minLength` characters, and it
 * must end with Enter. Pure: no DOM, no Node; the renderer feeds it `KeyboardEvent.key` and `event.timeStamp`.
 */

export type WedgeKey = Readonly<{ key: string; time: number }>;

export type KeyboardWedgeOptions = Readonly<{
  /** Longest gap between two scanner keystrokes, ms. Default 35. */
  maxGapMs?: number;
  /** Shortest code accepted, characters. Default 8. */
  minLength?: number;
}>;

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock']);

export class KeyboardWedgeDecoder {
  private buffer = '';
  private lastTime = -Infinity;
  private readonly maxGapMs: number;
  private readonly minLength: number;

  constructor(options: KeyboardWedgeOptions = {}) {
    this.maxGapMs = options.maxGapMs ?? 35;
    this.minLength = options.minLength ?? 8;
  }

  /**
   * True while the keys seen so far could be a scan in progress (at least two fast characters). The renderer
   * may use it to keep those keys out of a focused text field.
   */
  get scanning(): boolean {
    return this.buffer.length >= 2;
  }

  /** Feeds one keydown; returns the scanned text when this key completes a scan, else null. */
  feed({ key, time }: WedgeKey): string | null {
    if (MODIFIERS.has(key)) return null;
    const fast = time - this.lastTime <= this.maxGapMs;
    if (key === 'Enter') {
      const text = this.buffer;
      const complete = fast && text.length >= this.minLength;
      this.reset();
      return complete ? text : null;
    }
    if (Array.from(key).length !== 1) {
      // Backspace, arrows, function keys: a person is editing.
      this.reset();
      return null;
    }
    this.buffer = fast ? this.buffer + key : key;
    this.lastTime = time;
    return null;
  }

  reset(): void {
    this.buffer = '';
    this.lastTime = -Infinity;
  }
}
