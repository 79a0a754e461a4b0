import type { Db } from './sim-database';
import { SEED_PERSONS, type SeedInsurance } from './persons';

/** A person as the simulated province holds them (JSON in persons.info). */
export type RegistryPerson = {
  certno: string;
  psnCertType: string;
  name: string;
  gender: string;
  birthDate: string;
  naty: string;
  psnNo: string;
  insurances: Array<SeedInsurance>;
};

export function findByCertno(db: Db, certno: string): RegistryPerson | null {
  const row = db.prepare('SELECT info FROM persons WHERE certno = ?').get(certno) as
    { info: string } | undefined;
  return row ? (JSON.parse(row.info) as RegistryPerson) : null;
}

export function findByPsnNo(db: Db, psnNo: string): RegistryPerson | null {
  const row = db.prepare('SELECT info FROM persons WHERE psn_no = ?').get(psnNo) as
    { info: string } | undefined;
  return row ? (JSON.parse(row.info) as RegistryPerson) : null;
}

export function savePerson(db: Db, p: RegistryPerson): void {
  db.prepare(
    'INSERT INTO persons (certno, psn_no, info) VALUES (?, ?, ?) ON CONFLICT (certno) DO UPDATE SET info = excluded.info',
  ).run(p.certno, p.psnNo, JSON.stringify(p));
}

/** The insurance a person holds now (正常参保), if any. */
export function activeInsurance(p: RegistryPerson | null, insutype?: string): SeedInsurance | null {
  return (
    p?.insurances.find(
      (i) => i.psn_insu_stas === '1' && (insutype === undefined || i.insutype === insutype),
    ) ?? null
  );
}

/** Loads SEED_PERSONS (and the seeded 备案) into a fresh simulator database; existing rows are kept. */
export function seedRegistry(db: Db, nowMs: number): void {
  db.transaction(() => {
    for (const s of SEED_PERSONS) {
      if (s.psnNo === null || findByCertno(db, s.certno)) continue;
      savePerson(db, {
        certno: s.certno,
        psnCertType: s.psnCertType,
        name: s.name,
        gender: s.gender,
        birthDate: s.birthDate,
        naty: s.naty,
        psnNo: s.psnNo,
        insurances: s.insurances.map((i) => ({ ...i })),
      });
      if (s.filing) {
        const at = nowMs - s.filing.filedDaysAgo * 86_400_000;
        db.prepare(
          `INSERT OR IGNORE INTO cases (trt_dcla_detl_sn, ref_msgid, infno, fixmedins_code, dev_no, certno, fil_type,
             acp_stas, recv_time, upd_time, data)
           VALUES (?, ?, 'ZZ02', 'SEED', 'SEED', ?, ?, '3', ?, ?, ?)`,
        ).run(
          `SEED-${s.psnNo}`,
          `SEED-${s.psnNo}`,
          s.certno,
          s.filing.filType,
          at,
          at,
          JSON.stringify({ fil_type: s.filing.filType, mdtrtarea_admdvs: s.filing.mdtrtareaAdmdvs }),
        );
      }
    }
  })();
}
