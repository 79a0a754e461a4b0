/**
 * Runs the handwriting helper (helper/zinnia-recognize.cc over libzinnia and the Tegaki zh_CN model) as a
 * child process and talks to it by the line protocol. A process rather than a Node addon: nothing is built
 * against Node's or Electron's ABI, and a crash in the engine ends the helper, not the kiosk core. The helper
 * starts on first use (or on warm()), is started again after it died (at most 3 times a minute), and a
 * request it does not answer in time fails and restarts it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { RestartBudget } from '../restart-budget';
import { encodeRequest, parseReply } from './helper-protocol';
import { RECOGNIZER_BOX, type Stroke } from './normalise-strokes';

export type RecognizerPaths = Readonly<{ helperPath: string; modelPath: string }>;

/** Where setup.sh builds the helper and where Debian's tegaki-zinnia-simplified-chinese puts its model. */
export const DEFAULT_RECOGNIZER_PATHS: RecognizerPaths = {
  helperPath:
    process.env['ZIZHU_HANDWRITING_HELPER'] ??
    fileURLToPath(new URL('../../.native/handwriting/zinnia-recognize', import.meta.url)),
  modelPath:
    process.env['ZIZHU_HANDWRITING_MODEL'] ?? '/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model',
};

export type ScoredCandidate = Readonly<{ text: string; score: number }>;

export class RecognizerUnavailable extends Error {}

type Pending = {
  resolve: (candidates: ScoredCandidate[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};

type Running = { child: ChildProcessWithoutNullStreams; ready: Promise<void> };

export class ZinniaRecognizer {
  readonly #paths: RecognizerPaths;
  readonly #timeoutMs: number;
  readonly #budget = new RestartBudget(3, 60_000);
  readonly #pending = new Map<number, Pending>();
  #running: Running | null = null;
  #nextId = 1;
  /** Set when the helper cannot work at all (no binary, no model, model refused): never retried. */
  #broken: string | null = null;

  constructor(paths: RecognizerPaths = DEFAULT_RECOGNIZER_PATHS, timeoutMs = 3000) {
    this.#paths = paths;
    this.#timeoutMs = timeoutMs;
    if (!existsSync(paths.helperPath)) this.#broken = `no handwriting helper at ${paths.helperPath}`;
    else if (!existsSync(paths.modelPath)) this.#broken = `no handwriting model at ${paths.modelPath}`;
  }

  get available(): boolean {
    return this.#broken === null;
  }

  /** Why it is unavailable, for the log; null when it is available. */
  get problem(): string | null {
    return this.#broken;
  }

  /** Starts the helper and loads the model now, so the first character does not wait for it. */
  warm(): Promise<void> {
    if (this.#broken) return Promise.resolve();
    return this.#start().ready.catch(() => undefined);
  }

  /** Strokes already in the recognizer's box (normaliseStrokes); best candidate first. */
  async recognize(strokes: readonly Stroke[], limit: number): Promise<ScoredCandidate[]> {
    if (this.#broken) throw new RecognizerUnavailable(this.#broken);
    const running = this.#start();
    await running.ready;
    const id = this.#nextId++;
    return new Promise<ScoredCandidate[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new RecognizerUnavailable('the handwriting helper did not answer in time'));
        running.child.kill('SIGKILL');
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      running.child.stdin.write(
        encodeRequest({ id, width: RECOGNIZER_BOX, height: RECOGNIZER_BOX, limit, strokes }),
      );
    });
  }

  async close(): Promise<void> {
    const running = this.#running;
    this.#running = null;
    if (!running) return;
    running.child.stdin.end();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        running.child.kill('SIGKILL');
        resolve();
      }, 1000);
      running.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #start(): Running {
    if (this.#running) return this.#running;
    if (!this.#budget.take(Date.now())) {
      throw new RecognizerUnavailable('the handwriting helper keeps dying');
    }
    const child = spawn(this.#paths.helperPath, [this.#paths.modelPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    const running: Running = { child, ready };
    this.#running = running;

    createInterface({ input: child.stdout }).on('line', (line) => {
      const reply = parseReply(line);
      if (reply.kind === 'ready') markReady();
      else if (reply.kind === 'fatal') {
        this.#broken = `the handwriting model did not load: ${reply.message}`;
        markFailed(new RecognizerUnavailable(this.#broken));
      } else if (reply.kind === 'candidates' || reply.kind === 'error') {
        const pending = this.#pending.get(reply.id);
        if (!pending) return;
        this.#pending.delete(reply.id);
        clearTimeout(pending.timer);
        if (reply.kind === 'candidates') pending.resolve(reply.candidates);
        else pending.reject(new Error(`handwriting helper refused a request: ${reply.message}`));
      }
    });
    child.stderr.resume();
    child.on('error', (error) => {
      this.#broken = `the handwriting helper cannot run: ${error.message}`;
      markFailed(new RecognizerUnavailable(this.#broken));
    });
    child.on('exit', () => {
      if (this.#running === running) this.#running = null;
      markFailed(new RecognizerUnavailable('the handwriting helper exited'));
      for (const [id, pending] of this.#pending) {
        clearTimeout(pending.timer);
        pending.reject(new RecognizerUnavailable('the handwriting helper exited'));
        this.#pending.delete(id);
      }
    });
    return running;
  }
}
