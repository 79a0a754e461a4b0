import { join } from 'node:path';
import { defaultSettings } from '../../config/defaults';
import { openCaseDatabase } from '../../db/open-case-database';
import { Outbox } from '../../db/outbox';
import type { Db } from '../../db/sqlite';
import type { CaseSubmission } from '../../flows/wizard-types';
import { CaseService } from '../../kiosk/services/case-service';
import { SessionIdentities } from '../../kiosk/services/session-identities';
import { SessionRegistry } from '../../kiosk/session-registry';
import { PhotoVault } from '../../media/photo-vault';
import type { InsuredLookup } from '../../sync/resident-lookups';
import { TEST_CODES, TEST_TODAY } from '../../tests/support/sample-people';
import { TEST_KEY } from '../../tests/support/test-cases';
import { ADULT_INSURED_IN_TIANHE } from '../../tests/support/insured-adult';
import { submittedByWizard } from '../../tests/support/walk-wizard';

/**
 * CaseService wired as kiosk/start-kiosk.ts wires it, on a real data directory: the case database
 * (`kiosk.sqlite`, openCaseDatabase: WAL, synchronous=FULL, no auto-checkpoint) and the photo vault
 * (`photos/`). The province is not asked during a submit (the holder's 1101 answer is known), as for a
 * resident whose card was read while the province answered.
 */
export type CaseServiceRig = Readonly<{
  db: Db;
  vault: PhotoVault;
  service: CaseService;
  outbox: Outbox;
  identities: SessionIdentities;
  sessions: SessionRegistry;
  /** A 长期居住 备案 as the wizard hands it over, with these pages for its one material. */
  submission(pages: ReadonlyArray<{ photoId: string; sha256: string }>): CaseSubmission;
  now: Date;
}>;

const insured = ADULT_INSURED_IN_TIANHE;

export async function openCaseServiceRig(dataDir: string): Promise<CaseServiceRig> {
  const db = openCaseDatabase(join(dataDir, 'kiosk.sqlite'));
  const vault = new PhotoVault({ dir: join(dataDir, 'photos'), key: TEST_KEY });
  const sessions = new SessionRegistry();
  const lookup = async (): Promise<InsuredLookup> => insured;
  const identities = new SessionIdentities(sessions, lookup);
  const service = new CaseService({
    db,
    key: TEST_KEY,
    settings: defaultSettings(dataDir, join(dataDir, 'keys')),
    codes: TEST_CODES,
    vault,
    sessions,
    identities,
    lookup,
    onCommitted: () => undefined,
  });
  const template = await wizardTemplate();
  return {
    db,
    vault,
    service,
    outbox: new Outbox(db, TEST_KEY),
    identities,
    sessions,
    now: new Date(TEST_TODAY),
    submission: (pages) => ({
      ...template,
      pages: pages.map((p) => ({ materialId: 'residence-proof', photoId: p.photoId, sha256: p.sha256 })),
    }),
  };
}

/** The answers the wizard hands over for 异地长期居住人员备案 (its pages are replaced per submit). */
async function wizardTemplate(): Promise<CaseSubmission> {
  return (await submittedByWizard(() => ({ photoId: 'template', sha256: 'template', thumbnail: '' })))
    .submission;
}
