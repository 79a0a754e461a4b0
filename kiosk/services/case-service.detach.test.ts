import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { KioskApiError } from '../../api/result';
import { defaultSettings } from '../../config/defaults';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import type { CaseSubmission } from '../../flows/wizard-types';
import { submittedByWizard } from '../../tests/support/walk-wizard';
import { PhotoVault } from '../../media/photo-vault';
import type { InsuredLookup } from '../../sync/resident-lookups';
import { adultCard, TEST_CODES, TEST_TODAY } from '../../tests/support/sample-people';
import { TEST_KEY } from '../../tests/support/test-cases';
import { ADULT_INSURED_IN_TIANHE } from '../../tests/support/insured-adult';
import { SessionRegistry } from '../session-registry';
import { CaseService } from './case-service';
import { PhotoService } from './photo-service';
import { SessionIdentities } from './session-identities';

const dirs: Array<string> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A vault whose detach waits until the test lets it go, so the test can look in between. */
class GatedVault extends PhotoVault {
  readonly gates: Array<() => void> = [];
  override async detach(photoId: string): Promise<void> {
    await new Promise<void>((r) => this.gates.push(r));
    return super.detach(photoId);
  }
}

const INSURED = ADULT_INSURED_IN_TIANHE;

/** What the wizard hands over for a 长期居住 备案 with `page` as its one page. */
async function wizardSubmission(page: { id: string; sha256: string }): Promise<CaseSubmission> {
  return (await submittedByWizard(() => ({ photoId: page.id, sha256: page.sha256, thumbnail: '' })))
    .submission;
}

async function rig() {
  const dir = mkdtempSync(join(tmpdir(), 'zz-case-detach-'));
  dirs.push(dir);
  const db = openKioskDatabase(':memory:');
  const settings = defaultSettings(dir, join(dir, 'keys'));
  const sessions = new SessionRegistry();
  const referenced = db.prepare('SELECT 1 FROM materials WHERE photo_id = ?');
  const isReferenced = (id: string): boolean => referenced.get(id) !== undefined;
  const photos = new PhotoService(settings, TEST_KEY, sessions, isReferenced);
  const vault = new GatedVault({ dir: join(dir, 'photos'), key: TEST_KEY });
  const lookup = async (): Promise<InsuredLookup> => INSURED;
  const identities = new SessionIdentities(sessions, lookup);
  identities.identify('s1', adultCard, '01');
  const service = new CaseService({
    db,
    key: TEST_KEY,
    settings,
    codes: TEST_CODES,
    vault,
    sessions,
    identities,
    lookup,
    onCommitted: () => undefined,
  });
  const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const page = await vault.put(jpeg, { sessionId: 's1' });
  // photos.vault and vault share the directory: PhotoService sees the same files.
  const submission = await wizardSubmission(page);
  return { db, vault, photos, sessions, service, page, submission, now: new Date(TEST_TODAY) };
}

describe('CaseService.submit and the photo detach', () => {
  it('returns the 受理编号 before the detach is written; the session end waits for it', async () => {
    const r = await rig();
    const done = await r.service.submit('s1', r.submission, 'k1', r.now);
    expect(done.acceptNo).toMatch(/^\d{6}-\d{6}-\d{4}$/);
    expect((await r.vault.info(r.page.id)).sessionId).toBe('s1');
    let ended = false;
    const ending = r.sessions.end('s1').then(() => (ended = true));
    await new Promise((res) => setTimeout(res, 20));
    // Session cleanup ran (the photo is referenced, so kept) but the end is still waiting for the detach.
    expect(ended).toBe(false);
    expect(await r.vault.list()).toEqual([r.page.id]);
    for (const g of r.vault.gates.splice(0)) g();
    await ending;
    expect((await r.vault.info(r.page.id)).sessionId).toBeNull();
    r.db.close();
  });

  it('a page a committed case took cannot be discarded or submitted again while its detach is pending', async () => {
    const r = await rig();
    await r.service.submit('s1', r.submission, 'k1', r.now);
    await expect(r.photos.discard('s1', r.page.id)).rejects.toThrow(KioskApiError);
    expect(await r.vault.list()).toEqual([r.page.id]);
    await expect(r.service.submit('s1', r.submission, 'k2', r.now)).rejects.toThrow(KioskApiError);
    // The same key is the same case, not a refusal.
    expect((await r.service.submit('s1', r.submission, 'k1', r.now)).acceptNo).toMatch(/^\d{6}-/);
    expect(r.db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 1 });
    for (const g of r.vault.gates.splice(0)) g();
    await r.service.detached();
    r.db.close();
  });
});
