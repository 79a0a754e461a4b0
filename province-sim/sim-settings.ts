import type { CodeTableOverrides } from './contract-codes';
import type { MaintenanceWindow } from './maintenance';

/** A kiosk (gateway client) the simulator accepts: gateway id and token, and the public key of its cainfo. */
export type SimClient = Readonly<{ paasId: string; paasToken: string; publicKeyHex: string }>;

/**
 * Fault injection, switchable at run time through the control API. Rates are probabilities per request,
 * drawn from the simulator's seeded random source.
 */
export type Faults = {
  /** Province down: every request gets 503 with Retry-After. */
  outage: boolean;
  /** Answer as during the nightly maintenance window (503 + Retry-After), whatever the clock says. */
  maintenanceNow: boolean;
  /** Retry-After seconds sent with 503. */
  unavailableRetryAfterSeconds: number;
  /** Share of requests answered 500. */
  serverErrorRate: number;
  /** Share of requests never answered (the connection stays open until the client gives up). */
  hangRate: number;
  /** Extra latency on every answer, ms. */
  slowMs: number;
  /** Share of requests answered 429 with Retry-After. */
  throttleRate: number;
  throttleRetryAfterSeconds: number;
  /** Share of requests the network delivers twice (the province processes both copies). */
  duplicateRate: number;
  /** Share of requests processed and then answered with a cut connection (the answer is lost). */
  dropResponseRate: number;
};

export const NO_FAULTS: Faults = {
  outage: false,
  maintenanceNow: false,
  unavailableRetryAfterSeconds: 30,
  serverErrorRate: 0,
  hangRate: 0,
  slowMs: 0,
  throttleRate: 0,
  throttleRetryAfterSeconds: 1,
  duplicateRate: 0,
  dropResponseRate: 0,
};

/** How the simulated province decides cases (a control-API setting too). */
export type Review = {
  /** acp_stas given on submission: 1 已受理 (final) or 2 待审核 (decided later). */
  zz01AcpStas: '1' | '2';
  zz02AcpStas: '1' | '2';
  /** How long a 待审核 case waits before the decision. */
  delayMs: number;
  /** The decision: 3 审核通过, or 9 审核不通过 with `rejectReason`. */
  outcome: 'approve' | 'reject';
  rejectReason: string;
};

export const DEFAULT_REVIEW: Review = {
  zz01AcpStas: '1',
  zz02AcpStas: '2',
  delayMs: 60_000,
  outcome: 'approve',
  rejectReason: '上传材料不清晰，请重新提交',
};

export type SimulatorOptions = Readonly<{
  /** 0 (default) picks a free port; the server listens on 127.0.0.1 unless `host` says otherwise. */
  port?: number;
  host?: string;
  /** The simulator's SQLite file (':memory:' for throwaway runs). */
  dbPath: string;
  /** Kiosks allowed through the gateway. */
  clients: ReadonlyArray<SimClient>;
  /** The province's 区划 (prefix of inf_refmsgid and sign_no). Default 440000. */
  admdvs?: string;
  /** Nightly window; null disables it. Default 21:30–00:05 (a restartSpreadMs field is ignored). */
  maintenanceWindow?: MaintenanceWindow | null;
  faults?: Partial<Faults>;
  review?: Partial<Review>;
  /** Clock (default Date.now); the control API can add an offset to it. */
  now?: () => number;
  /** Seed of the fault-injection random source. */
  seed?: number;
  qrSecret?: string;
  tzOffsetMinutes?: number;
  /** Largest request body, bytes (contract: 10 MiB). */
  maxBodyBytes?: number;
  /**
   * A code-table file (format: contract-codes.ts, loadCodeTablesFile) replacing some of the contract's
   * default code tables, to run a "second province" whose codes differ. Read once at start-up.
   */
  codeTablesFile?: string;
  /** Code tables given in-process (same shape as the file); applied over the file's. */
  codeTables?: CodeTableOverrides;
}>;
