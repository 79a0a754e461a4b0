import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskApiError } from '../../api/result';
import { defaultSettings } from '../../config/defaults';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { TEST_KEY } from '../../tests/support/test-cases';
import { ADULT_INSURED_IN_TIANHE } from '../../tests/support/insured-adult';
import { adultCard, TEST_CODES, TEST_TODAY } from '../../tests/support/sample-people';
import type { InsuredLookup } from '../../sync/resident-lookups';
import { SessionIdentities } from './session-identities';
import type { SubmitCaseInput } from '../../flows/wizard-types';
import { PhotoVault } from '../../media/photo-vault';
import { SessionRegistry } from '../session-registry';
import { CaseService } from './case-service';
import { submittedByWizard } from '../../tests/support/walk-wizard';

const dirs: Array<string> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** What the wizard hands to case.submit for a 长期居住 备案 with one photographed page of `sessionId`. */
async function wizardSubmission(vault: PhotoVault, sessionId: string): Promise<SubmitCaseInput> {
  const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const photo = await vault.put(jpeg, { sessionId });
  return submittedByWizard(() => ({ photoId: photo.id, sha256: photo.sha256, thumbnail: '' }));
}

describe('CaseService.submit idempotency', () => {
  it('a retried tap with the same key returns the same 受理编号 and makes no second case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-case-service-'));
    dirs.push(dir);
    const db = openKioskDatabase(':memory:');
    const vault = new PhotoVault({ dir: join(dir, 'photos'), key: TEST_KEY });
    let commits = 0;
    const sessions = new SessionRegistry();
    // 1101 answers that the card's holder is insured in 天河区 (城乡居民医保).
    const lookup = async (): Promise<InsuredLookup> => ADULT_INSURED_IN_TIANHE;
    const identities = new SessionIdentities(sessions, lookup);
    for (const id of ['s1', 's2']) identities.identify(id, adultCard, '01');
    const service = new CaseService({
      db,
      key: TEST_KEY,
      settings: defaultSettings(dir, join(dir, 'keys')),
      codes: TEST_CODES,
      vault,
      sessions,
      identities,
      lookup,
      onCommitted: () => commits++,
    });
    const { submission, idempotencyKey } = await wizardSubmission(vault, 's1');
    const now = new Date(TEST_TODAY);
    const first = await service.submit('s1', submission, idempotencyKey, now);
    // The first answer was lost; the resident taps 提交 again (the photos already left the session).
    const again = await service.submit('s1', submission, idempotencyKey, now);
    // Two taps racing each other.
    const [r1, r2] = await Promise.all([
      service.submit('s1', submission, idempotencyKey, now),
      service.submit('s1', submission, idempotencyKey, now),
    ]);
    for (const r of [again, r1, r2]) expect(r).toEqual(first);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 1 });
    expect(commits).toBe(1);
    // Another session cannot use (or learn about) this key's case.
    await expect(service.submit('s2', submission, idempotencyKey, now)).rejects.toThrow(KioskApiError);

    // The kiosk core restarted: a new service over the same database, its in-memory receipts gone.
    const restarted = new CaseService({
      db,
      key: TEST_KEY,
      settings: defaultSettings(dir, join(dir, 'keys')),
      codes: TEST_CODES,
      vault,
      sessions: new SessionRegistry(),
      identities: new SessionIdentities(new SessionRegistry(), lookup),
      lookup,
      onCommitted: () => commits++,
    });
    // The same session's retry finds the case by its key and the session stored with it.
    expect(await restarted.submit('s1', submission, idempotencyKey, now)).toEqual(first);
    await expect(restarted.submit('s2', submission, idempotencyKey, now)).rejects.toThrow(KioskApiError);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 1 });
    expect(commits).toBe(1);
    db.close();
  });
});
