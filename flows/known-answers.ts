import { findRegion, isSelectable, regionFullName, regionName } from '../domain/regions/regions';
import { BUSINESS_UTC_OFFSET_MINUTES, businessDay } from '../domain/business-date';
import { parseIdNumber } from '../domain/id-number';
import type { FieldDefinition, ServiceItemDefinition } from './definition';
import type { IdentityPerson } from './identity';
import { visibleFields, type ActingFor } from './prefill';

/** What the kiosk knows besides the card: its own county (settings terminal.countyCode) and the day. */
export type KioskFacts = Readonly<{ kioskCounty: string | null; today: Date; utcOffsetMinutes?: number }>;

/**
 * Answers the kiosk already knows, offered as filled-in but changeable values (never locked, unlike the card's
 * own fields): each field's `prefillFrom` in the item definition says where its answer comes from.
 */
export function knownAnswers(
  def: ServiceItemDefinition,
  person: IdentityPerson,
  actingFor: ActingFor,
  facts: KioskFacts,
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const field of visibleFields(def, actingFor)) {
    const value = knownValue(field, person, actingFor, facts);
    if (value) answers[field.name] = value;
  }
  return answers;
}

function knownValue(
  field: FieldDefinition,
  person: IdentityPerson,
  actingFor: ActingFor,
  facts: KioskFacts,
): string | null {
  switch (field.prefillFrom) {
    case 'idNumberRegion':
      // Only the card holder's own number says where they are registered; another person's is typed later.
      return field.subject === 'subject' && actingFor === 'self' ? registeredRegion(person) : null;
    case 'kioskCounty':
      return facts.kioskCounty && isSelectable(facts.kioskCounty) ? facts.kioskCounty : null;
    case 'today':
      return businessDay(facts.today, facts.utcOffsetMinutes ?? BUSINESS_UTC_OFFSET_MINUTES);
    default:
      return null;
  }
}

/**
 * The 户口所在地 from the ID number's first six digits (GB 11643: the county where the number was issued),
 * when that is still a county and the card's own address does not say otherwise: people who moved keep their
 * number, so an address naming another county wins and nothing is guessed.
 */
export function registeredRegion(person: IdentityPerson): string | null {
  return regionOfIdNumber(person.idNumber, person.address);
}

function regionOfIdNumber(idNumber: string, address?: string): string | null {
  const code = idNumber.slice(0, 6);
  if (!/^\d{6}$/.test(code) || !isSelectable(code) || !findRegion(code)) return null;
  const county = regionName(code);
  if (address && county && !address.includes(county)) return null;
  return code;
}

/**
 * 为他人办理: the other person's ID number is typed, not read from a card, so their 户口所在地 is known only once
 * it is. When the typed number becomes a valid resident ID number, each `idNumberRegion` field of that person
 * follows its first six digits, as for a card holder, unless the resident chose a region there themselves
 * (a field that is empty or still holds what the number before gave follows; any other choice is kept).
 * Returns only the answers to change.
 */
export function regionsFollowingTypedIdNumber(
  def: ServiceItemDefinition,
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
  actingFor: ActingFor,
  today: Date,
): Record<string, string> {
  if (actingFor !== 'other') return {};
  const fields = visibleFields(def, actingFor);
  const idField = fields.find((f) => f.subject === 'subject' && f.kind === 'idNumber');
  if (!idField || before[idField.name] === after[idField.name]) return {};
  const regionOf = (raw: string | undefined): string | null => {
    const parsed = parseIdNumber(raw ?? '', today);
    return parsed.ok && parsed.value.kind === 'resident' ? regionOfIdNumber(parsed.value.number) : null;
  };
  const guessed = regionOf(after[idField.name]);
  if (!guessed) return {};
  const guessedBefore = regionOf(before[idField.name]);
  const changes: Record<string, string> = {};
  for (const field of fields) {
    if (field.prefillFrom !== 'idNumberRegion' || field.subject !== 'subject') continue;
    const current = after[field.name] ?? '';
    if (current === '' || current === guessedBefore) changes[field.name] = guessed;
  }
  return changes;
}

/**
 * 为自己/为他人 switched: the card holder's phone stays with the card holder (联系电话 ↔ 代办人联系电话),
 * and is never carried to the other person.
 */
export function carryHolderPhone(
  previous: Readonly<Record<string, string>>,
  from: ActingFor,
  to: ActingFor,
): Record<string, string> {
  if (from === to) return {};
  const holderPhone = from === 'self' ? previous.tel : previous.agnter_tel;
  if (!holderPhone) return {};
  return to === 'self' ? { tel: holderPhone } : { agnter_tel: holderPhone };
}

/** The value a field's one-tap copy offer would put in, or null when there is nothing to copy yet. */
export function copyOfferValue(
  field: FieldDefinition,
  answers: Readonly<Record<string, string>>,
  person: IdentityPerson | null,
  actingFor: ActingFor,
): string | null {
  const offer = field.copyOffer;
  if (!offer) return null;
  if ('field' in offer) return answers[offer.field]?.trim() || null;
  // The card's address is the card holder's: the subject's only when acting for oneself.
  if ('cardAddress' in offer) return actingFor === 'self' ? person?.address?.trim() || null : null;
  const code = answers[offer.regionOf] ?? '';
  return code ? regionFullName(code) || null : null;
}
