/**
 * The few shapes of Electron objects the shell's guards touch, written structurally so the guards are tested
 * with plain EventEmitters and the real WebContents / Session / App satisfy them unchanged.
 */
export type Listener = (...args: never[]) => void;

export interface EventSource {
  on(event: string, listener: Listener): unknown;
}

export type Preventable = { preventDefault(): void };
