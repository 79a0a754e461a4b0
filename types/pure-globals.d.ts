/**
 * Pure modules (api/, flows/, domain/) run in the renderer and in Node; both have timers with these
 * signatures. Declared here so the pure build needs neither DOM nor Node type libraries.
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
