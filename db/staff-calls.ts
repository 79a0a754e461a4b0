import type { Db } from './sqlite';

/** One 呼叫工作人员 as the admin screen will list it. */
export type StaffCall = Readonly<{
  id: number;
  sessionId: string | null;
  step: string;
  /** The item (业务) the resident was doing; null on the home screen or for a call made before 0006. */
  itemId: string | null;
  calledAt: string;
  answeredAt: string | null;
}>;

type StaffCallRow = {
  id: number;
  session_id: string | null;
  step: string;
  item_id: string | null;
  called_at: string;
  answered_at: string | null;
};

/** The kiosk's log of residents asking for staff (table staff_calls, migration 0005). */
export class StaffCalls {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records a call; returns its id and when it was made. */
  record(call: { sessionId: string | null; step: string; itemId?: string | null }): {
    id: number;
    calledAt: string;
  } {
    const calledAt = this.now().toISOString();
    const r = this.db
      .prepare('INSERT INTO staff_calls (session_id, step, item_id, called_at) VALUES (?, ?, ?, ?)')
      .run(call.sessionId, call.step, call.itemId ?? null, calledAt);
    return { id: Number(r.lastInsertRowid), calledAt };
  }

  /** Newest first; `unansweredOnly` for the admin screen's "waiting now" list. */
  list(options: { unansweredOnly?: boolean; limit?: number } = {}): ReadonlyArray<StaffCall> {
    const where = options.unansweredOnly ? 'WHERE answered_at IS NULL' : '';
    const rows = this.db
      .prepare(`SELECT * FROM staff_calls ${where} ORDER BY called_at DESC, id DESC LIMIT ?`)
      .all(options.limit ?? 100) as StaffCallRow[];
    return rows.map(viewOf);
  }

  /** One call by its id, or null. */
  get(id: number): StaffCall | null {
    const r = this.db.prepare('SELECT * FROM staff_calls WHERE id = ?').get(id) as StaffCallRow | undefined;
    return r ? viewOf(r) : null;
  }

  /** Staff came (for the admin screen); false when there is no such call or it was already answered. */
  markAnswered(id: number): boolean {
    const r = this.db
      .prepare('UPDATE staff_calls SET answered_at = ? WHERE id = ? AND answered_at IS NULL')
      .run(this.now().toISOString(), id);
    return r.changes === 1;
  }
}

function viewOf(r: StaffCallRow): StaffCall {
  return {
    id: r.id,
    sessionId: r.session_id,
    step: r.step,
    itemId: r.item_id,
    calledAt: r.called_at,
    answeredAt: r.answered_at,
  };
}
