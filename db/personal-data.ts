import { openText, sealText } from '../security/cipher';

/** The personal part of a case, sealed as one blob bound to its case id (AAD), so it cannot be moved. */
export type PersonalData = Readonly<{
  data: Readonly<Record<string, string>>;
  person: Readonly<{ certno: string; name: string; certType: string }>;
}>;

const aad = (caseId: string): string => `case:${caseId}`;

export function sealPersonal(key: Buffer, caseId: string, p: PersonalData): string {
  return sealText(key, JSON.stringify(p), aad(caseId));
}

export function openPersonal(key: Buffer, caseId: string, sealed: string): PersonalData {
  return JSON.parse(openText(key, sealed, aad(caseId))) as PersonalData;
}
