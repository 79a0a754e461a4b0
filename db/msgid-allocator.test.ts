import { describe, expect, it } from 'vitest';
import { allocateCaseNumber } from './case-number';
import { createMsgidAllocator } from './msgid-allocator';
import { openKioskDatabase } from './open-kiosk-database';
import { SQLITE_DRIVERS } from './driver/index';

// The same behaviour on both engines behind db/driver/ (better-sqlite3, node:sqlite).
describe.each(SQLITE_DRIVERS.map((d) => [d.name, d] as const))('%s', (_name, driver) => {
  describe('msgid allocator', () => {
    it('lays out code(12) + yyyyMMddHHmmss + slot(2) + sequence(2), unique past 100 in one second', () => {
      const db = openKioskDatabase(':memory:', driver);
      const t = Date.UTC(2025, 2, 14, 2, 3, 4); // 10:03:04 in Guangdong
      const next = createMsgidAllocator(db, 'H44090200001', () => t, undefined, 7);
      const ids = Array.from({ length: 10_002 }, next);
      expect(ids[0]).toBe('H44090200001202503141003040700');
      expect(ids[99]).toBe('H44090200001202503141003040799');
      expect(ids[100]).toBe('H44090200001202503141003050700');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.length === 30 && id.startsWith('H44090200001'))).toBe(true);
      db.close();
    });

    it('refuses a slot outside 0–99', () => {
      const db = openKioskDatabase(':memory:', driver);
      expect(() => createMsgidAllocator(db, 'H44090200001', Date.now, undefined, 100)).toThrow(/slot/);
      db.close();
    });

    it('two kiosks of one service point, 1,000 msgids each in the same seconds: no collision', () => {
      const t = Date.UTC(2025, 2, 14, 2, 3, 4);
      const kiosks = [1, 2].map((slot) => {
        const db = openKioskDatabase(':memory:', driver);
        return { db, next: createMsgidAllocator(db, 'H44090200001', () => t, undefined, slot) };
      });
      const all: Array<string> = [];
      for (let i = 0; i < 1_000; i++) for (const k of kiosks) all.push(k.next());
      expect(new Set(all).size).toBe(2_000);
      expect(all.every((id) => id.length === 30 && id.slice(0, 12) === 'H44090200001')).toBe(true);
      for (const k of kiosks) k.db.close();
    });

    it('never repeats when the clock goes backwards, and survives reopening (persisted counter)', () => {
      const db = openKioskDatabase(':memory:', driver);
      let t = Date.UTC(2025, 2, 14, 2, 3, 4);
      const next = createMsgidAllocator(db, 'H44090200001', () => t);
      const a = next();
      t -= 60_000;
      const b = next();
      expect(b > a).toBe(true);
      const again = createMsgidAllocator(db, 'H44090200001', () => t);
      expect(again() > b).toBe(true);
      db.close();
    });
  });

  describe('case number (受理编号)', () => {
    it('is county-yyMMdd-NNNN with a sequence that restarts each local day', () => {
      const db = openKioskDatabase(':memory:', driver);
      const day1 = Date.UTC(2025, 2, 14, 15, 59); // 23:59 local on the 14th
      expect(allocateCaseNumber(db, '440902', day1)).toBe('440902-250314-0001');
      expect(allocateCaseNumber(db, '440902', day1)).toBe('440902-250314-0002');
      expect(allocateCaseNumber(db, '440902', day1 + 120_000)).toBe('440902-250315-0001');
      db.close();
    });
  });
});
