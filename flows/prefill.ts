import { codeOf, lookupCode, type CodeTables } from '../domain/codes/code-tables';
import type { FieldDefinition, ServiceItemDefinition } from './definition';
import type { IdentityPerson } from './identity';

export type ActingFor = 'self' | 'other';

/** The fields on screen: 代办人 fields only when acting for another, fixed fields never. */
export function visibleFields(
  def: ServiceItemDefinition,
  actingFor: ActingFor,
): ReadonlyArray<FieldDefinition> {
  return def.fields.filter((f) => {
    if (f.fixedKey !== undefined) return false;
    if (f.when === 'actingForOther') return actingFor === 'other';
    if (f.when === 'actingForSelf') return actingFor === 'self';
    return true;
  });
}

/**
 * What the card fills in, and locks: the holder's own fields. Acting for oneself the holder is the case's
 * subject; acting for another the holder is the 代办人 and the subject's details are typed. Coded values
 * (性别, 民族, 证件类型) become the province's codes through the code tables in force.
 */
export function prefill(
  def: ServiceItemDefinition,
  person: IdentityPerson,
  actingFor: ActingFor,
  codes: CodeTables,
): { answers: Record<string, string>; locked: string[] } {
  const holderRole = actingFor === 'self' ? 'subject' : 'agent';
  const answers: Record<string, string> = {};
  const locked: string[] = [];
  for (const field of visibleFields(def, actingFor)) {
    if (field.subject !== holderRole || !field.fromIdentity) continue;
    const value = identityValue(person, field.fromIdentity, codes);
    if (value === null || value === '') continue;
    answers[field.name] = value;
    locked.push(field.name);
  }
  return { answers, locked };
}

function identityValue(
  person: IdentityPerson,
  which: NonNullable<FieldDefinition['fromIdentity']>,
  codes: CodeTables,
): string | null {
  switch (which) {
    case 'gender':
      return codeOf(codes, 'gend', person.gender);
    case 'docKind':
      return codeOf(codes, 'cert_type', person.docKind);
    case 'nation':
      // The card carries the GB/T 3304 number; a number the table does not know is left for the resident.
      return lookupCode(codes, 'naty', person.nation ?? '');
    default:
      return person[which] ?? null;
  }
}
