import type { FieldDefinition, ServiceItemDefinition } from './definition';
import type { IdentityPerson } from './identity';

export type ActingFor = 'self' | 'other';

/** The fields on screen: 代办人 fields only when acting for another, fixed fields never. */
export function visibleFields(
  def: ServiceItemDefinition,
  actingFor: ActingFor,
): ReadonlyArray<FieldDefinition> {
  return def.fields.filter((f) => {
    if (f.fixed !== undefined) return false;
    if (f.when === 'actingForOther') return actingFor === 'other';
    if (f.when === 'actingForSelf') return actingFor === 'self';
    return true;
  });
}

/**
 * What the card fills in, and locks: the holder's own fields. Acting for oneself the holder is the case's
 * subject; acting for another the holder is the 代办人 and the subject's details are typed.
 */
export function prefill(
  def: ServiceItemDefinition,
  person: IdentityPerson,
  actingFor: ActingFor,
): { answers: Record<string, string>; locked: string[] } {
  const holderRole = actingFor === 'self' ? 'subject' : 'agent';
  const answers: Record<string, string> = {};
  const locked: string[] = [];
  for (const field of visibleFields(def, actingFor)) {
    if (field.subject !== holderRole || !field.fromIdentity) continue;
    const value = person[field.fromIdentity];
    if (value === undefined || value === '') continue;
    answers[field.name] = value;
    locked.push(field.name);
  }
  return { answers, locked };
}
